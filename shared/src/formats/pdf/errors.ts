/** Named errors of the PDF reader (defined with the kernel's other named errors). */
export { PdfEncryptedError, PdfFormatError } from '../../errors';
