import { describe, expect, it } from 'vitest';
import { SseParser } from '../../../src-renderer/src/api/sse-parser';

describe('SseParser', () => {
  it('reads named events with JSON data', () => {
    const parser = new SseParser();
    const messages = parser.push('event: libraryChanged\ndata: {"reason":"import"}\n\n');
    expect(messages).toEqual([{ event: 'libraryChanged', data: '{"reason":"import"}' }]);
  });

  it('reassembles messages split anywhere across chunks, CRLF included', () => {
    const stream =
      'event: importProgress\r\ndata: {"filesDone":1}\r\n\r\nevent: importFinished\r\ndata: {"imported":3}\r\n\r\n';
    for (let cut = 1; cut < stream.length; cut += 1) {
      const parser = new SseParser();
      const messages = [...parser.push(stream.slice(0, cut)), ...parser.push(stream.slice(cut))];
      expect(
        messages.map((m) => m.event),
        `cut at ${cut}`,
      ).toEqual(['importProgress', 'importFinished']);
    }
  });

  it('skips comments (keep-alives) and joins multi-line data', () => {
    const parser = new SseParser();
    expect(parser.push(': ping\n\n')).toEqual([]);
    expect(parser.push('data: 第一行\ndata: 第二行\n\n')).toEqual([
      { event: 'message', data: '第一行\n第二行' },
    ]);
  });

  it('does not leak an event name into the next message', () => {
    const parser = new SseParser();
    parser.push('event: projectChanged\n\n');
    expect(parser.push('data: 1\n\n')).toEqual([{ event: 'message', data: '1' }]);
  });
});
