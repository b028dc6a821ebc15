/** An AWS region name such as us-east-1, ap-northeast-1 or us-gov-west-1. */
export const REGION_PATTERN =
  /\b(?:us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov|us-iso|us-isob)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d\b/;

/** A 12-digit AWS account id standing on its own. */
export const ACCOUNT_PATTERN = /(?<![\d.])\d{12}(?![\d.])/;

/** A literal `arn:aws:` partition (templates write `arn:${AWS::Partition}:`). */
export const LITERAL_PARTITION = /\barn:aws:/;

/** The literal problems of one string: a region name or an account id. */
export function hardcodedValues(text: string): string[] {
  const found: string[] = [];
  const region = REGION_PATTERN.exec(text);
  if (region) found.push(`region ${region[0]}`);
  const account = ACCOUNT_PATTERN.exec(text);
  if (account) found.push(`account id ${account[0]}`);
  return found;
}
