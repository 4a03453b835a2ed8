namespace PpcBudget.Core.Imports;

/// <summary>A reader over the end of a string, from an offset, so the rows after a header are read without copying the file.</summary>
sealed class TextSlice(string text, int offset) : TextReader
{
    int _position = offset;

    public override int Peek() => _position < text.Length ? text[_position] : -1;

    public override int Read() => _position < text.Length ? text[_position++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var count = Math.Min(buffer.Length, text.Length - _position);
        text.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }
}
