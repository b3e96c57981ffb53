namespace ArticleParser;

/// <summary>
/// Ranks a <see cref="ListingDiagnostic"/> by how likely it is that text was misplaced.
/// </summary>
public enum DiagnosticSeverity
{
    /// <summary>Something worth knowing that does not put any entry in doubt, such as page chrome at the edges.</summary>
    Info = 0,

    /// <summary>Text that forms no entry between entries, or a layout the parser had to guess about.</summary>
    Warning = 1,

    /// <summary>Input the parser could not read as a listing at all.</summary>
    Error = 2,
}
