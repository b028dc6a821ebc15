/**
 * The ONTAP REST resources the simulator answers, as ONTAP shapes them: collections as `{records, num_records}`,
 * errors as `{error: {message, code, target}}`, modifications of file security as 202 `{job: {uuid, _links}}`
 * with the job served under `/api/cluster/jobs/{uuid}`.
 */
import { randomUUID } from 'node:crypto';
import type { OntapSeed } from './seed';

/** A simulated answer. */
export interface SimAnswer {
  status: number;
  body: unknown;
}

/** ONTAP's error body. */
export function ontapErrorAnswer(status: number, message: string, code: string, target?: string): SimAnswer {
  return { status, body: { error: { message, code, ...(target ? { target } : {}) } } };
}

const FILE_SECURITY = '/api/protocols/file-security/permissions/';

function collection(records: unknown[], query: URLSearchParams): SimAnswer {
  const svm = query.get('svm.uuid');
  const name = query.get('name');
  const kept = records.filter((record) => {
    const r = record as { svm?: { uuid?: string }; name?: string };
    return (svm === null || r.svm?.uuid === svm) && (name === null || r.name === name);
  });
  return { status: 200, body: { records: kept, num_records: kept.length } };
}

/** The simulator's state: the seed plus the jobs started by modifications. */
export class OntapResources {
  private readonly jobs = new Map<string, { polls: number; message: string }>();
  /** Requests answered, by `METHOD path` (without the query). */
  readonly calls: string[] = [];

  constructor(private readonly seed: OntapSeed) {}

  private get svmRef() {
    return { uuid: this.seed.svm.uuid, name: this.seed.svm.name };
  }

  /** Answers one request; `path` is the raw (still encoded) path and `body` the parsed JSON body, if any. */
  answer(method: string, path: string, query: URLSearchParams, body: unknown): SimAnswer {
    this.calls.push(`${method} ${path}`);
    const { seed } = this;
    if (method === 'GET' && path === '/api/cluster') {
      return { status: 200, body: seed.cluster ?? { name: 'local-fsxn', version: { full: 'NetApp Release 9.15.1' } } };
    }
    if (method === 'GET' && path === '/api/svm/svms') return collection([this.svmRecord()], query);
    if (method === 'GET' && path === `/api/svm/svms/${seed.svm.uuid}`) return { status: 200, body: this.svmRecord() };
    if (method === 'GET' && path === '/api/storage/volumes') return collection([this.volumeRecord()], query);
    if (method === 'GET' && path === `/api/storage/volumes/${seed.volume.uuid}`) {
      return { status: 200, body: this.volumeRecord() };
    }
    if (method === 'GET' && path === '/api/protocols/cifs/shares') {
      return collection(
        seed.shares.map((share) => ({ svm: this.svmRef, ...share })),
        query,
      );
    }
    if (method === 'GET' && path === '/api/protocols/nfs/export-policies') {
      return collection(
        seed.export_policies.map((policy) => ({ svm: this.svmRef, ...policy })),
        query,
      );
    }
    if (method === 'GET' && path === '/api/protocols/cifs/local-users') {
      return collection(
        seed.local_users.map((user) => ({ svm: this.svmRef, ...user })),
        query,
      );
    }
    if (path.startsWith('/api/cluster/jobs/') && method === 'GET') return this.job(path.slice(18));
    if (path.startsWith(FILE_SECURITY)) return this.fileSecurity(method, path.slice(FILE_SECURITY.length), body);
    if (path.startsWith('/api/svm/svms/') || path.startsWith('/api/storage/volumes/')) {
      return ontapErrorAnswer(404, "entry doesn't exist", '4', 'uuid');
    }
    return ontapErrorAnswer(404, `API not found: ${method} ${path}`, '3');
  }

  private svmRecord() {
    return {
      uuid: this.seed.svm.uuid,
      name: this.seed.svm.name,
      state: 'running',
      cifs: { enabled: true },
      nfs: { enabled: true },
    };
  }

  private volumeRecord() {
    const { volume } = this.seed;
    return {
      uuid: volume.uuid,
      name: volume.name,
      svm: this.svmRef,
      nas: {
        path: volume.junction_path,
        security_style: volume.security_style,
        export_policy: { name: volume.export_policy },
      },
    };
  }

  private fileSecurity(method: string, rest: string, body: unknown): SimAnswer {
    const slash = rest.indexOf('/');
    const svm = slash < 0 ? rest : rest.slice(0, slash);
    if (svm !== this.seed.svm.uuid) return ontapErrorAnswer(404, `SVM "${svm}" does not exist`, '2621462', 'svm.uuid');
    let target: string;
    try {
      target = decodeURIComponent(slash < 0 ? '' : rest.slice(slash + 1));
    } catch {
      return ontapErrorAnswer(400, 'path is not valid URL encoding', '262179', 'path');
    }
    const junction = `${this.seed.volume.junction_path}/`;
    const key = target.startsWith(junction) ? target.slice(junction.length) : undefined;
    const file = key === undefined ? undefined : this.seed.files[key];
    if (!file)
      return ontapErrorAnswer(
        404,
        `Failed to get security descriptor of "${target}": no such file or directory`,
        '655865',
        'path',
      );
    if (method === 'PATCH') {
      const changes = (body ?? {}) as { owner?: unknown; group?: unknown };
      if (typeof changes.owner === 'string') file.owner = changes.owner;
      if (typeof changes.group === 'string') file.group = changes.group;
      return this.startJob(`Security descriptor of ${target} modified`);
    }
    if (method !== 'GET') return ontapErrorAnswer(405, `${method} is not allowed on file-security permissions`, '6');
    const style = file.security_style ?? this.seed.volume.security_style;
    return {
      status: 200,
      body: {
        svm: this.svmRef,
        path: target,
        security_style: style,
        effective_style: style,
        owner: file.owner,
        group: file.group,
        ...(file.mode_bits !== undefined ? { mode_bits: file.mode_bits } : {}),
        acls: file.acls.map((ace) => ({ inherited: false, ...ace })),
      },
    };
  }

  private startJob(message: string): SimAnswer {
    const uuid = randomUUID();
    this.jobs.set(uuid, { polls: 0, message });
    return { status: 202, body: { job: { uuid, _links: { self: { href: `/api/cluster/jobs/${uuid}` } } } } };
  }

  private job(uuid: string): SimAnswer {
    const job = this.jobs.get(uuid);
    if (!job) return ontapErrorAnswer(404, "entry doesn't exist", '4', 'uuid');
    job.polls += 1;
    // The first poll sees the job running, as a real cluster usually does.
    const state = job.polls > 1 ? 'success' : 'running';
    return { status: 200, body: { uuid, state, message: state === 'success' ? job.message : 'In progress', code: 0 } };
  }
}
