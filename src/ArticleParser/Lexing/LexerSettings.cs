using System.Runtime.CompilerServices;
using ArticleParser.Lexing.Recognizers;

namespace ArticleParser.Lexing;

/// <summary>
/// Holds the recognizers one set of <see cref="ListingParserOptions"/> asks for, built once per options instance.
/// </summary>
internal sealed class LexerSettings
{
    private static readonly ConditionalWeakTable<ListingParserOptions, LexerSettings> Cache = new();

    private LexerSettings(ListingParserOptions options)
    {
        ReadMore = options.RecognizeReadMore ? new ReadMoreRecognizer(options.ReadMorePhrases) : null;
        Chrome = options.RecognizeChrome ? new ChromeRecognizer(options.ChromePhrases) : null;
        Metadata = options.RecognizeMetadata;
        Separators = options.RecognizeSeparators;
        MaxLineLength = options.MaxLineLength;
    }

    public int MaxLineLength { get; }

    public ReadMoreRecognizer? ReadMore { get; }

    public ChromeRecognizer? Chrome { get; }

    public bool Metadata { get; }

    public bool Separators { get; }

    public static LexerSettings For(ListingParserOptions options) => Cache.GetValue(options, static o => new LexerSettings(o));
}
