namespace ArticleParser.Cli;

/// <summary>Names the output formats of the command.</summary>
internal enum OutputFormat
{
    Json,
    JsonLines,
}

/// <summary>
/// Holds the parsed command line of <c>articleparser</c>.
/// </summary>
internal sealed record CliOptions(string Input, OutputFormat Format, bool Strict, bool ShowHelp)
{
    public static bool TryParse(string[] args, out CliOptions options, out string error)
    {
        options = new CliOptions("-", OutputFormat.Json, Strict: false, ShowHelp: false);
        error = string.Empty;
        string? input = null;
        var format = OutputFormat.Json;
        var strict = false;

        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    options = options with { ShowHelp = true };
                    return true;
                case "--strict":
                    strict = true;
                    break;
                case "--format":
                    if (i + 1 == args.Length)
                    {
                        error = "--format needs a value: json or jsonl";
                        return false;
                    }

                    switch (args[++i])
                    {
                        case "json":
                            format = OutputFormat.Json;
                            break;
                        case "jsonl":
                            format = OutputFormat.JsonLines;
                            break;
                        default:
                            error = $"unknown format '{args[i]}': expected json or jsonl";
                            return false;
                    }

                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    error = $"unknown option '{option}'";
                    return false;
                default:
                    if (input is not null)
                    {
                        error = $"only one input is allowed, found '{input}' and '{args[i]}'";
                        return false;
                    }

                    input = args[i];
                    break;
            }
        }

        if (input is null)
        {
            error = "missing input: give a file, a directory, or - for standard input";
            return false;
        }

        options = new CliOptions(input, format, strict, ShowHelp: false);
        return true;
    }
}
