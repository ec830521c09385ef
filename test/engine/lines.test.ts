import { LineMap, lineAround } from '../../src/engine/lines';

describe('LineMap', () => {
  it('maps byte offsets to 1-based lines and UTF-16 columns', () => {
    const text = Buffer.from('ab\ncdé=X\r\nlast');
    const m = new LineMap(text);
    expect(m.at(0)).toEqual({ line: 1, column: 1 });
    expect(m.at(3)).toEqual({ line: 2, column: 1 });
    // "cdé=" is 5 bytes but 4 UTF-16 units
    expect(m.at(text.indexOf('X'))).toEqual({ line: 2, column: 5 });
    expect(m.at(text.indexOf('last'))).toEqual({ line: 3, column: 1 });
    expect(m.at(text.length)).toEqual({ line: 3, column: 5 });
  });

  it('honours the fragment start line and refuses backward queries', () => {
    const m = new LineMap(Buffer.from('x\ny'), 41);
    expect(m.at(2)).toEqual({ line: 42, column: 1 });
    expect(() => m.at(0)).toThrow(RangeError);
  });

  it('counts invalid UTF-8 bytes as one column each', () => {
    const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('=K')]);
    expect(new LineMap(buf).at(3)).toEqual({ line: 1, column: 4 });
  });

  it('cuts the context line without its CRLF terminator', () => {
    const buf = Buffer.from('one\r\ntwo KEY three\r\nfour');
    const s = buf.indexOf('KEY');
    expect(lineAround(buf, s, s + 3)).toBe('two KEY three');
    expect(lineAround(Buffer.from('KEY'), 0, 3)).toBe('KEY');
  });
});
