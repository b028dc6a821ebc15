/** The report's only stylesheet, inlined: the page needs no external asset. */
export const REPORT_CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1040px;padding:24px;color:#1d2330;background:#fff}
h1{font-size:22px;margin:0 0 12px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #dde2ea;padding-bottom:4px}
h3{font-size:14px;margin:16px 0 6px}
.outcome{border-radius:6px;padding:12px 16px;border:1px solid}.outcome.ok{background:#eefaf1;border-color:#7ac58c}
.outcome.failed{background:#fdf0f0;border-color:#e08a8a}.status{font-weight:700;font-size:16px}
table{border-collapse:collapse;margin:4px 0 12px;font-size:13px}th,td{border:1px solid #dde2ea;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f5f9}dl{display:grid;grid-template-columns:max-content auto;gap:2px 16px;margin:4px 0 12px}dt{color:#5a6475}dd{margin:0}
svg.timeline{font-size:12px;max-width:960px}svg .label,svg .duration{fill:#1d2330}svg .axis{fill:#5a6475;font-size:11px}
svg .tick{stroke:#e6e9ef}svg .succeeded .bar{fill:#4f8fd8}svg .failed .bar{fill:#d64545}svg .running .bar{fill:#e0a526}
.images{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px}
figure{margin:0;border:1px solid #dde2ea;border-radius:6px;padding:8px}figure img{width:100%;height:160px;object-fit:contain;background:#f3f5f9}
.noimage{height:160px;display:flex;align-items:center;justify-content:center;background:#f3f5f9;color:#5a6475}
figcaption{font-size:12px;word-break:break-all}.verdict{font-weight:700}.verdict.pass{color:#1f7a37}.verdict.fail{color:#b42323}
.tags{margin:4px 0;padding:0;list-style:none}.tags li{display:inline-block;background:#eef1f6;border-radius:3px;padding:0 5px;margin:2px 3px 0 0}
ul.outputs{font-family:ui-monospace,monospace;font-size:12px}.empty{color:#5a6475}footer{margin-top:32px;color:#5a6475;font-size:12px}
`;
