namespace ArticleParser.Cli;

/// <summary>
/// Buffers the results stream and turns its write failures into <see cref="OutputFailedException"/>,
/// so a run tells a full disk on the output from an unreadable input (both are <see cref="IOException"/>s).
/// </summary>
internal sealed class OutputStream(Stream inner) : Stream
{
    private readonly BufferedStream _buffer = new(inner, 1 << 16);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => Guard(() => _buffer.Flush());

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            _buffer.Write(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFailedException(e.Message, e);
        }
    }

    public override void WriteByte(byte value) => Guard(() => _buffer.WriteByte(value));

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFailedException(e.Message, e);
        }
    }
}

/// <summary>The results could not be written (standard output closed, disk full).</summary>
internal sealed class OutputFailedException : Exception
{
    /// <summary>Initializes the exception.</summary>
    public OutputFailedException()
    {
    }

    /// <summary>Initializes the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public OutputFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The failure of the underlying stream.</param>
    public OutputFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
