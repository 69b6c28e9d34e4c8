using System.Globalization;

namespace Ecvet.Matching.Internal;

/// <summary>
/// A strict, streaming RFC 4180 record reader: comma-separated fields, fields optionally in double quotes, a doubled
/// quote inside a quoted field stands for one quote, quoted fields may span lines, records end at CRLF, LF or CR.
/// </summary>
/// <remarks>
/// Strict means a quote inside an unquoted field, text after a closing quote and an unclosed quote at the end of the
/// input are <see cref="FormatException"/>s naming the (1-based, physical) line. Line breaks inside quoted fields are
/// kept as they are. Not thread-safe; one instance reads one input.
/// </remarks>
internal sealed class CsvRecordReader
{
    private const int BufferSize = 64 * 1024;

    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[BufferSize];
    private char[] _field = new char[256];
    private int _position;
    private int _length;
    private int _fieldLength;
    private int _line = 1;

    public CsvRecordReader(TextReader reader) => _reader = reader;

    /// <summary>The line on which the record last read starts.</summary>
    public int RecordLine { get; private set; }

    /// <summary>Reads the next record into <paramref name="fields"/> (cleared first).</summary>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    public bool ReadRecord(List<string> fields)
    {
        fields.Clear();
        if (Peek() < 0)
        {
            return false;
        }

        RecordLine = _line;
        while (true)
        {
            _fieldLength = 0;
            var c = Read();
            if (c == '"')
            {
                var openedOn = _line;
                while (true)
                {
                    c = Read();
                    if (c < 0)
                    {
                        throw Error(openedOn, "a quoted field opened here is never closed");
                    }

                    if (c == '"')
                    {
                        if (Peek() != '"')
                        {
                            break;
                        }

                        Read();
                    }

                    Append((char)c);
                }

                fields.Add(new string(_field, 0, _fieldLength));
                c = Read();
                if (c == ',')
                {
                    continue;
                }

                if (EndOfRecord(c))
                {
                    return true;
                }

                throw Error(_line, string.Create(CultureInfo.InvariantCulture, $"unexpected '{(char)c}' after a closing quote (a quote inside a quoted field must be doubled)"));
            }

            while (c >= 0 && c != ',' && c != '\n' && c != '\r')
            {
                if (c == '"')
                {
                    throw Error(_line, "a quote inside an unquoted field (quote the whole field and double the quote)");
                }

                Append((char)c);
                c = Read();
            }

            fields.Add(new string(_field, 0, _fieldLength));
            if (c != ',')
            {
                EndOfRecord(c);
                return true;
            }
        }
    }

    private static FormatException Error(int line, string reason) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Line {line}: {reason}."));

    // Consumes the rest of a line break; line counting happens in Read for '\n' and here for a lone '\r'.
    private bool EndOfRecord(int c)
    {
        switch (c)
        {
            case < 0 or '\n':
                return true;
            case '\r':
                if (Peek() == '\n')
                {
                    Read();
                }
                else
                {
                    _line++;
                }

                return true;
            default:
                return false;
        }
    }

    private void Append(char c)
    {
        if (_fieldLength == _field.Length)
        {
            Array.Resize(ref _field, _field.Length * 2);
        }

        _field[_fieldLength++] = c;
    }

    private int Peek()
    {
        if (_position == _length && !Fill())
        {
            return -1;
        }

        return _buffer[_position];
    }

    private int Read()
    {
        if (_position == _length && !Fill())
        {
            return -1;
        }

        var c = _buffer[_position++];
        if (c == '\n')
        {
            _line++;
        }

        return c;
    }

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
