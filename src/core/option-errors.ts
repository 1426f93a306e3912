import { InvalidArgumentError, TypeValidationError } from '@ai-sdk/provider';

/** One problem zod found: where (the keys down to the value) and what is wrong. */
export interface OptionIssue {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * The one way a setting or option of the wrong shape becomes an `InvalidArgumentError`,
 * before any request. `subject` says whose it is ("RunPod provider setting", "RunPod model
 * 'x':"), the issue's path where it sits (`headers["x-team"]`), then zod's message and,
 * unless the value may hold a credential (`apiKey`, `headers`), the value that was given.
 */
export function invalidSettingError({
  subject,
  issue,
  given,
  showType = false,
}: {
  subject: string;
  issue: OptionIssue;
  /** The settings object that was checked. */
  given: unknown;
  /** Print the value's type after it (`"x" (string)`). */
  showType?: boolean;
}): InvalidArgumentError {
  const [name, ...rest] = issue.path.map(String);
  const where = rest.length > 0 ? `${name}[${JSON.stringify(rest.join('.'))}]` : name;
  // Never echo an API key or a header value (it may hold a key), not even a wrong one.
  const got =
    name === 'apiKey' || name === 'headers'
      ? ''
      : `, got ${describeValue(valueAt(given, issue.path), showType)}`;
  return new InvalidArgumentError({
    argument: name ?? 'settings',
    message: `${subject} ${where ?? 'settings'} ${issue.message}${got}.`,
  });
}

/**
 * The `InvalidArgumentError` for `providerOptions.runpod` that failed its schema: every
 * issue as `providerOptions.runpod.<key>: <message>` (or `… <key> takes …` for the media
 * parameters' own messages), after `subject`, e.g. "RunPod model 'x':
 * providerOptions.runpod.guidance: Too big: expected number to be <=10." `argument` names
 * the first key at fault.
 */
export function invalidProviderOptionsError({
  subject,
  issues,
  cause,
}: {
  /** Whose options: `RunPod model 'x'`, `RunPod image model 'x'`. */
  subject: string;
  issues: readonly OptionIssue[];
  cause?: unknown;
}): InvalidArgumentError {
  const at = (path: readonly PropertyKey[]) =>
    ['providerOptions', 'runpod', ...path.map(String)].join('.');
  const described = issues
    .map(({ path, message }) =>
      message.startsWith('takes ') ? `${at(path)} ${message}` : `${at(path)}: ${message}`,
    )
    .join('; ');
  return new InvalidArgumentError({
    argument: at(issues[0]?.path.slice(0, 1) ?? []),
    message: `${subject}: ${described}.`,
    cause,
  });
}

/**
 * The `InvalidArgumentError` for one parameter given under two of its names in
 * `providerOptions.runpod` (RunPod's, our alias, 1.x's).
 */
export function bothNamesError(
  subject: string,
  first: string,
  second: string,
): InvalidArgumentError {
  return new InvalidArgumentError({
    argument: `providerOptions.runpod.${second}`,
    message: `${subject}: providerOptions.runpod has both ${first} and ${second}, two names of one parameter; give one.`,
  });
}

/** The zod issues behind an AI SDK validation error (`parseProviderOptions`), if any. */
export function zodIssuesOf(error: unknown): OptionIssue[] | undefined {
  const cause = InvalidArgumentError.isInstance(error) ? error.cause : error;
  const zodError = TypeValidationError.isInstance(cause) ? cause.cause : cause;
  const issues = (zodError as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) && issues.length > 0 ? (issues as OptionIssue[]) : undefined;
}

function valueAt(given: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value == null ? undefined : (value as Record<PropertyKey, unknown>)[key]),
    given,
  );
}

function describeValue(value: unknown, showType: boolean): string {
  if (typeof value === 'function') return 'a function';
  const text = JSON.stringify(value);
  const shown = text === undefined ? String(value) : text.slice(0, 100);
  return showType ? `${shown} (${typeof value})` : shown;
}
