namespace ArticleParser.Tests.Support;

/// <summary>
/// A reader that makes its text on the fly by repeating a pattern, so that gigabytes of input never exist in
/// memory at once; it counts what was read and can refuse to go past a bound (for inputs that must stop early).
/// </summary>
public sealed class GeneratedReader(string pattern, long length, long readLimit = long.MaxValue) : TextReader
{
    private long _position;

    /// <summary>Gets how many characters were handed out.</summary>
    public long Position => _position;

    /// <summary>Gets or sets an action called after each read with the position reached (to sample memory, or cancel).</summary>
    public Action<long>? AfterRead { get; set; }

    public override int Read(Span<char> buffer)
    {
        if (_position >= readLimit)
        {
            throw new InvalidOperationException($"The parser read {_position} characters, past the {readLimit} it should ever need.");
        }

        var count = (int)Math.Min(buffer.Length, length - _position);
        for (var i = 0; i < count; i++)
        {
            buffer[i] = pattern[(int)((_position + i) % pattern.Length)];
        }

        _position += count;
        AfterRead?.Invoke(_position);
        return count;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
        cancellationToken.IsCancellationRequested ? ValueTask.FromCanceled<int>(cancellationToken) : new(Read(buffer.Span));

    public override int Peek() => _position < length ? pattern[(int)(_position % pattern.Length)] : -1;

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 1 ? one[0] : -1;
    }
}

/// <summary>A read-only stream of bytes made on the fly by repeating a pattern; see <see cref="GeneratedReader"/>.</summary>
public sealed class GeneratedStream(byte[] head, byte[] pattern, long length) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _position);
        for (var i = 0; i < count; i++)
        {
            var at = _position + i;
            buffer[i] = at < head.Length ? head[at] : pattern[(int)((at - head.Length) % pattern.Length)];
        }

        _position += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A stream that hands out at most <paramref name="chunk"/> bytes per read, so every multi-byte sequence is split somewhere.</summary>
public sealed class TrickleStream(byte[] bytes, int chunk = 1) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => bytes.Length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = Math.Min(Math.Min(buffer.Length, chunk), bytes.Length - _position);
        bytes.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
