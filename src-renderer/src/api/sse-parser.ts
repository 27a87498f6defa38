// A minimal Server-Sent Events parser for the browser host's event stream. We read the stream with
// fetch rather than EventSource because EventSource cannot send the X-Zhiyan-Token header.
// Handles the subset of the format the host writes: `event:`, `data:` (possibly several lines),
// comments (`:` keep-alives) and blank-line dispatch, with chunks split anywhere.

export interface SseMessage {
  event: string;
  data: string;
}

export class SseParser {
  private buffer = '';
  private eventName = '';
  private dataLines: string[] = [];

  /** Feeds decoded text; returns the messages completed by it. */
  push(chunk: string): SseMessage[] {
    this.buffer += chunk;
    const messages: SseMessage[] = [];
    let newline = this.findLineEnd();
    while (newline !== -1) {
      const line = this.buffer.slice(0, newline.index);
      this.buffer = this.buffer.slice(newline.index + newline.length);
      const message = this.takeLine(line);
      if (message) messages.push(message);
      newline = this.findLineEnd();
    }
    return messages;
  }

  private findLineEnd(): { index: number; length: number } | -1 {
    const match = /\r\n|\r|\n/.exec(this.buffer);
    if (!match) return -1;
    // A lone "\r" at the very end may be the first half of "\r\n": wait for the next chunk.
    if (match[0] === '\r' && match.index === this.buffer.length - 1) return -1;
    return { index: match.index, length: match[0].length };
  }

  private takeLine(line: string): SseMessage | null {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.eventName = value;
    else if (field === 'data') this.dataLines.push(value);
    return null;
  }

  private dispatch(): SseMessage | null {
    const message =
      this.dataLines.length > 0
        ? { event: this.eventName || 'message', data: this.dataLines.join('\n') }
        : null;
    this.eventName = '';
    this.dataLines = [];
    return message;
  }
}
