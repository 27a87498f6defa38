// Times in the REFI-QDA files are xsd:dateTime. Zhiyan stores ISO-8601 strings with milliseconds;
// the other tools write whole seconds, and some importers read nothing finer, so seconds it is.

/** xsd:dateTime in UTC without milliseconds, or undefined when the time cannot be read. */
export function xsdDateTime(iso: string): string | undefined {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
