/** Check digits of the numbers the recogniser validates: Luhn (cards), mod-97 (IBAN), My Number, SSN rules. */

/** True when the digit string passes the Luhn check (cards). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** The Luhn check digit to append to `payload` (used by tests and demo data generators). */
export function luhnCheckDigit(payload: string): string {
  let sum = 0;
  for (let index = 0; index < payload.length; index += 1) {
    let digit = payload.charCodeAt(payload.length - 1 - index) - 48;
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

/** The remainder modulo 97 of an IBAN (first four characters moved to the end, letters as 10-35). */
export function ibanRemainder(compact: string): number {
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = (value >= 10 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder;
}

/** True when a compact IBAN (`DE89370400440532013000`) has 15-34 characters and its mod-97 check holds. */
export function ibanValid(compact: string): boolean {
  return /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact) && ibanRemainder(compact) === 1;
}

/** The two IBAN check digits for a country code and a basic bank account number. */
export function ibanCheckDigits(country: string, bban: string): string {
  const check = 98 - ibanRemainder(`${country}00${bban}`);
  return String(check).padStart(2, '0');
}

/** The check digit of the first 11 digits of a Japanese My Number. */
export function myNumberCheckDigit(first11: string): number {
  let sum = 0;
  for (let n = 1; n <= 11; n += 1) {
    const digit = first11.charCodeAt(11 - n) - 48;
    sum += digit * (n <= 6 ? n + 1 : n - 5);
  }
  const remainder = sum % 11;
  return remainder <= 1 ? 0 : 11 - remainder;
}

/** True when 12 digits form a My Number whose last digit is its check digit. */
export function myNumberValid(digits: string): boolean {
  return /^\d{12}$/.test(digits) && myNumberCheckDigit(digits.slice(0, 11)) === digits.charCodeAt(11) - 48;
}

/** True when area (3), group (2) and serial (4) digits form an SSN that can be issued. */
export function ssnValid(area: string, group: string, serial: string): boolean {
  const areaNumber = Number(area);
  return (
    area.length === 3 &&
    group.length === 2 &&
    serial.length === 4 &&
    areaNumber !== 0 &&
    areaNumber !== 666 &&
    areaNumber < 900 &&
    group !== '00' &&
    serial !== '0000'
  );
}
