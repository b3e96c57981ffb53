using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Reflection;

namespace ArticleParser.Cli;

/// <summary>
/// Declares the <c>articleparser</c> command line with System.CommandLine: the inputs argument, the
/// options, <c>--help</c> (with the exit codes) and <c>--version</c>, and turns parse errors into
/// one-line messages.
/// </summary>
internal sealed class CliCommand
{
    /// <summary>The command name users type (the .NET tool's command name).</summary>
    public const string Name = "articleparser";

    /// <summary>The width help text is wrapped to, whatever the terminal, so the README can show it verbatim.</summary>
    public const int HelpWidth = 80;

    private const string FormatValues = "json, jsonl or csv";

    private const string InputFormatValues = "text, html or auto";

    /// <summary>Initializes the command; <paramref name="run"/> is called with the options when the command line is valid.</summary>
    /// <param name="run">Parses the inputs and returns the exit code.</param>
    public CliCommand(Func<CliOptions, int> run)
    {
        Inputs = new Argument<string[]>("file|directory|-")
        {
            Description = "Listings to parse: files, directories (searched recursively for files that "
                + "match --pattern), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        Format = CreateFormat();
        Output = CreateOutput();
        Pattern = Globs(new Option<string[]>("--pattern", "-p")
        {
            Description = "The files of a directory to parse (repeatable): * matches within a name, ** "
                + "spans folders; a glob with / matches the path below the directory. [default: *.txt]",
        });
        Exclude = Globs(new Option<string[]>("--exclude")
        {
            Description = "The files of a directory to leave out (repeatable), as --pattern.",
        });
        InputFormatOption = CreateInputFormat();
        FailOnOption = CreateFailOn();
        Strict = new Option<bool>("--strict") { Description = "Same as --fail-on warning." };
        Verbose = new Option<bool>("--verbose", "-v") { Description = "Also print info diagnostics (page chrome at the edges, ...) on standard error." };
        Explain = new Option<bool>("--explain")
        {
            Description = "Print on standard error the record template inferred for each input (such as caption? headline / teaser), how many records matched it and where, or why there is none.",
        };
        Quiet = new Option<bool>("--quiet", "-q") { Description = "No summary line or progress on standard error." };
        Spans = new Option<bool>("--spans") { Description = "json: add the offset, length, line and column of every entry, field and block." };
        Indent = new Option<bool>("--indent") { Description = "json: indent the output." };
        Compact = new Option<bool>("--compact") { Description = "json: write the output on one line (the default)." };
        Fields = CreateFields();
        MaxLineLength = CreateMaxLineLength();
        NoMetadata = new Option<bool>("--no-metadata") { Description = "Read byline and date lines as plain text." };
        NoReadMore = new Option<bool>("--no-read-more") { Description = "Read read-more links as plain text." };
        NoChrome = new Option<bool>("--no-chrome") { Description = "Read page chrome (section headers, navigation, credits) as plain text." };
        NoSeparators = new Option<bool>("--no-separators") { Description = "Read separator lines (-, * * *) as plain text." };
        Command = CreateCommand();
        Command.SetAction(parseResult => run(ToOptions(parseResult)));
    }

    /// <summary>Gets the command to parse the arguments with.</summary>
    public Command Command { get; }

    /// <summary>Gets the inputs argument.</summary>
    public Argument<string[]> Inputs { get; }

    /// <summary>Gets <c>--format</c>.</summary>
    public Option<string> Format { get; }

    /// <summary>Gets <c>--output</c>.</summary>
    public Option<string> Output { get; }

    /// <summary>Gets <c>--pattern</c>.</summary>
    public Option<string[]> Pattern { get; }

    /// <summary>Gets <c>--exclude</c>.</summary>
    public Option<string[]> Exclude { get; }

    /// <summary>Gets <c>--input-format</c>.</summary>
    public Option<string> InputFormatOption { get; }

    /// <summary>Gets <c>--fail-on</c>.</summary>
    public Option<string> FailOnOption { get; }

    /// <summary>Gets <c>--strict</c>.</summary>
    public Option<bool> Strict { get; }

    /// <summary>Gets <c>--verbose</c>.</summary>
    public Option<bool> Verbose { get; }

    /// <summary>Gets <c>--explain</c>.</summary>
    public Option<bool> Explain { get; }

    /// <summary>Gets <c>--quiet</c>.</summary>
    public Option<bool> Quiet { get; }

    /// <summary>Gets <c>--spans</c>.</summary>
    public Option<bool> Spans { get; }

    /// <summary>Gets <c>--indent</c>.</summary>
    public Option<bool> Indent { get; }

    /// <summary>Gets <c>--compact</c>.</summary>
    public Option<bool> Compact { get; }

    /// <summary>Gets <c>--fields</c>.</summary>
    public Option<string> Fields { get; }

    /// <summary>Gets <c>--max-line-length</c>.</summary>
    public Option<int?> MaxLineLength { get; }

    /// <summary>Gets <c>--no-metadata</c>.</summary>
    public Option<bool> NoMetadata { get; }

    /// <summary>Gets <c>--no-read-more</c>.</summary>
    public Option<bool> NoReadMore { get; }

    /// <summary>Gets <c>--no-chrome</c>.</summary>
    public Option<bool> NoChrome { get; }

    /// <summary>Gets <c>--no-separators</c>.</summary>
    public Option<bool> NoSeparators { get; }

    /// <summary>Gets the version the command reports: the informational version of this assembly.</summary>
    public static string Version { get; } =
        typeof(CliCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CliCommand).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>
    /// Gets how the arguments are tokenized: short options are not bundled (so <c>-format</c> is an unknown option,
    /// not <c>-f ormat</c>, and <c>-qx</c> not <c>-q x</c>), and an argument that starts with <c>@</c> is a file
    /// name, not a response file.
    /// </summary>
    public static ParserConfiguration Tokenizing { get; } = new() { EnablePosixBundling = false, ResponseFileTokenReplacer = null };

    /// <summary>Parses the arguments with <see cref="Command"/> as <see cref="Tokenizing"/> says.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The parse result, for <see cref="FindUsageError"/> and to invoke.</returns>
    public ParseResult Parse(IReadOnlyList<string> args) => Command.Parse(args, Tokenizing);

    /// <summary>
    /// Finds the first usage error of a parsed command line and describes it in one line, or returns
    /// <see langword="null"/> when the command line can run.
    /// </summary>
    /// <param name="parseResult">The result of <see cref="Parse"/>.</param>
    /// <param name="args">The arguments it parsed, for what tokenizing hides (the value in <c>--strict=yes</c>).</param>
    /// <returns>A message without the <c>articleparser:</c> prefix, or <see langword="null"/>.</returns>
    /// <summary>Tells whether the only thing wrong with a command line is that it names no input (and it asks for no help or version).</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <returns><see langword="true"/> when giving <c>-</c> would make it whole.</returns>
    public bool LacksOnlyInputs(ParseResult parseResult) =>
        parseResult.Errors.Count > 0
        && parseResult.Errors.All(error => error.SymbolResult is ArgumentResult { Tokens.Count: 0 } argument && argument.Argument == Inputs)
        && !parseResult.Tokens.Any(token => token.Value is "--help" or "-h" or "-?" or "--version");

    public string? FindUsageError(ParseResult parseResult, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(args);
        if (parseResult.Errors.Count == 0 && parseResult.Action != Command.Action)
        {
            return FindRepeated(parseResult); // --help or --version: they run whatever else is on the line, but given once
        }

        var inputTokens = parseResult.GetResult(Inputs)?.Tokens ?? [];
        return FindSwitchValue(args)
            ?? FindNumberAfterSwitch(args)
            ?? FindUnknownOption(parseResult, inputTokens)
            ?? (parseResult.Errors.Count > 0 ? Describe(parseResult, parseResult.Errors[0]) : null)
            ?? FindRepeated(parseResult)
            ?? FindConflict(parseResult, inputTokens);
    }

    /// <summary>Joins words as in <c>'a'</c>, <c>'a' and 'b'</c>, <c>'a', 'b' and 'c'</c>, each in single quotes.</summary>
    /// <param name="words">The words.</param>
    /// <returns>The list in prose.</returns>
    public static string QuotedList(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var quoted = words.Select(w => $"'{w}'").ToList();
        return quoted.Count <= 1 ? string.Concat(quoted) : string.Join(", ", quoted.SkipLast(1)) + " and " + quoted[^1];
    }

    // "--indent 2": a switch takes no value, so the number after it would be read as an input that is not there.
    private string? FindNumberAfterSwitch(IReadOnlyList<string> args)
    {
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i].Length > 0 && args[i].All(char.IsAsciiDigit) && !File.Exists(args[i]) && !Directory.Exists(args[i])
                && Command.Options.FirstOrDefault(o => IsNameOf(o, args[i - 1])) is Option<bool> option)
            {
                return $"{option.Name} takes no value, so '{args[i]}' after it would be read as an input file: drop it";
            }
        }

        return null;
    }

    // System.CommandLine hands an unknown "--fast" to the inputs argument as if it were a file
    // name; a name that starts with "-" is taken as an option unless it follows "--".
    private string? FindUnknownOption(ParseResult parseResult, IReadOnlyList<Token> inputTokens)
    {
        var afterDoubleDash = parseResult.Tokens
            .SkipWhile(t => t.Type != TokenType.DoubleDash)
            .ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var token in inputTokens)
        {
            if (OptionNames.LooksLikeOption(token.Value, Command.Options) && !afterDoubleDash.Contains(token))
            {
                return OptionNames.DescribeUnknown(token.Value, Command.Options);
            }
        }

        return null;
    }

    // A switch takes no value, or true or false (System.CommandLine's reading): "--strict=yes" would otherwise
    // leave "yes" to the inputs, and the run would look for a file called yes.
    private string? FindSwitchValue(IReadOnlyList<string> args)
    {
        foreach (var arg in args.TakeWhile(a => a != "--"))
        {
            var at = arg.IndexOfAny(['=', ':']);
            if (at > 1 && arg[0] == '-'
                && Command.Options.FirstOrDefault(o => IsNameOf(o, arg[..at])) is Option<bool> option
                && !bool.TryParse(arg[(at + 1)..], out _))
            {
                return $"{option.Name} is a switch: it takes no value (or true or false), not '{arg[(at + 1)..]}' in '{arg}'";
            }
        }

        return null;
    }

    // Each option is given once, switches too ("-v -v", "-q --quiet"): only --pattern and --exclude repeat. An option
    // that takes a value and is given twice is System.CommandLine's error (see Describe), which names the values.
    private string? FindRepeated(ParseResult parseResult)
    {
        foreach (var option in Command.Options.Where(o => o.Arity.MaximumNumberOfValues <= 1))
        {
            if (parseResult.GetResult(option) is { IdentifierTokenCount: > 1 and var count })
            {
                var spellings = parseResult.Tokens.Where(t => t.Type == TokenType.Option && IsNameOf(option, t.Value)).Select(t => t.Value).ToList();
                return $"{option.Name} is given {Times(count)} ({QuotedList(spellings)}): give it once";
            }
        }

        return null;
    }

    private static bool IsNameOf(Option option, string name) => option.Name == name || option.Aliases.Contains(name);

    private static string Times(int count) => count == 2 ? "twice" : $"{count} times";

    // Options that each parse on their own but cannot be used together, or do nothing with the chosen format.
    private string? FindConflict(ParseResult parseResult, IReadOnlyList<Token> inputTokens)
    {
        if (inputTokens.Count(t => t.Value == "-") > 1)
        {
            return "standard input '-' can be given only once";
        }

        if (parseResult.GetResult(Strict) is { Implicit: false } && parseResult.GetResult(FailOnOption) is { Implicit: false })
        {
            return "--strict and --fail-on cannot be combined: --strict means --fail-on warning";
        }

        if (parseResult.GetValue(Indent) && parseResult.GetValue(Compact))
        {
            return "--indent and --compact cannot be combined";
        }

        if (parseResult.GetValue(Verbose) && parseResult.GetValue(Quiet))
        {
            return "--verbose and --quiet cannot be combined: one asks for more on standard error, the other for less";
        }

        var format = parseResult.GetValue(Format) ?? "json";
        if (parseResult.GetResult(Fields) is { Implicit: false } && format == "json")
        {
            return "--fields picks the entry fields of csv and jsonl; json writes whole documents (add --format csv or --format jsonl)";
        }

        // The json-only switches are refused with jsonl and csv rather than ignored, as --fields is with json.
        foreach (var (option, effect) in new[]
        {
            (Spans, "it adds the spans of entries, fields and blocks"),
            (Indent, "it indents the document"),
            (Compact, "it writes the document on one line"),
        })
        {
            if (format != "json" && parseResult.GetResult(option) is { Implicit: false })
            {
                return $"{option.Name} is for --format json ({effect}); it has no effect with --format {format}: drop it, or use --format json";
            }
        }

        return null;
    }

    private string Describe(ParseResult parseResult, ParseError error) => error.SymbolResult switch
    {
        OptionResult { Option: VersionOption } =>
            $"--version cannot be combined with other arguments ({Others(parseResult)}): give it alone",
        ArgumentResult { Tokens.Count: 0 } argument when argument.Argument == Inputs =>
            "missing input: give a file, a directory, or - for standard input",
        OptionResult { Tokens.Count: 0, Option: var option } when option.Arity.MinimumNumberOfValues > 0 =>
            $"{option.Name} needs a value: {ValueHint(option)}",
        OptionResult { Tokens: { Count: > 1 } tokens, Option: var option } when option.Arity.MaximumNumberOfValues == 1 =>
            $"{option.Name} is given {Times(tokens.Count)} ({QuotedList([.. tokens.Select(t => t.Value)])}): give it once",
        _ => string.Join(' ', error.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
    };

    // The arguments given with --version, the first three of them in quotes.
    private static string Others(ParseResult parseResult)
    {
        var version = parseResult.CommandResult.Command.Options.OfType<VersionOption>().First();
        var others = parseResult.Tokens.Where(t => t.Type != TokenType.Option || !IsNameOf(version, t.Value)).Select(t => t.Value).ToList();
        return others.Count <= 3 ? QuotedList(others) : string.Join(", ", others.Take(3).Select(o => $"'{o}'")) + $" and {others.Count - 3} more";
    }

    private string ValueHint(Option option) =>
        option == Format ? FormatValues
        : option == InputFormatOption ? InputFormatValues
        : option == Pattern || option == Exclude ? "a glob such as *.txt"
        : option == FailOnOption ? "error, warning or never"
        : option == Fields ? "a list such as path,headline,published"
        : option == MaxLineLength ? "a number of characters"
        : "a file";

    private CliOptions ToOptions(ParseResult parseResult)
    {
        var parser = ListingParserOptions.Default with
        {
            RecognizeMetadata = !parseResult.GetValue(NoMetadata),
            RecognizeReadMore = !parseResult.GetValue(NoReadMore),
            RecognizeChrome = !parseResult.GetValue(NoChrome),
            RecognizeSeparators = !parseResult.GetValue(NoSeparators),
        };
        if (parseResult.GetValue(MaxLineLength) is { } maxLineLength)
        {
            parser = parser with { MaxLineLength = maxLineLength };
        }

        var patterns = parseResult.GetValue(Pattern);
        var fields = parseResult.GetValue(Fields);
        return new CliOptions(
            parseResult.GetValue(Inputs) ?? [],
            ParseFormat(parseResult.GetValue(Format) ?? "json") ?? OutputFormat.Json,
            parseResult.GetValue(Output))
        {
            Patterns = patterns is { Length: > 0 } ? patterns : [CliOptions.DefaultPattern],
            PatternsGiven = patterns is { Length: > 0 },
            Excludes = parseResult.GetValue(Exclude) ?? [],
            InputFormat = ParseInputFormat(parseResult.GetValue(InputFormatOption) ?? "auto") ?? InputFormat.Auto,
            FailOn = parseResult.GetValue(Strict) ? FailOn.Warning : ParseFailOn(parseResult.GetValue(FailOnOption) ?? "error") ?? FailOn.Error,
            Verbose = parseResult.GetValue(Verbose),
            Explain = parseResult.GetValue(Explain),
            Quiet = parseResult.GetValue(Quiet),
            Spans = parseResult.GetValue(Spans),
            Indent = parseResult.GetValue(Indent),
            Fields = fields is null ? EntryFields.All : EntryFields.Parse(fields, out _) ?? EntryFields.All,
            Parser = parser,
        };
    }

    // Adds the check that the value of an option is one of its names, with the message for one that is not.
    private static Option<string> OneOf<T>(Option<string> option, Func<string, T?> parse, Func<string, string> message)
        where T : struct
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && result.Tokens[0].Value is var value && parse(value) is null)
            {
                // The values are lower case: "-f CSV" gets the value it meant.
                var lower = value.ToLowerInvariant();
                result.AddError(parse(lower) is null ? message(value) : $"{message(value)}: did you mean {lower}?");
            }
        });
        return option;
    }

    // --pattern and --exclude: repeatable, not empty, and no glob syntax that FileSystemGlobbing would take literally.
    private static Option<string[]> Globs(Option<string[]> globs)
    {
        globs.HelpName = "glob";
        globs.Arity = ArgumentArity.OneOrMore;
        globs.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
            {
                result.AddError($"{result.Option.Name} must not be empty");
            }
            else if (result.Tokens.FirstOrDefault(t => Glob.Unsupported(t.Value) is not null) is { } token)
            {
                result.AddError($"{result.Option.Name} '{token.Value}': {Glob.Unsupported(token.Value)}");
            }
        });
        return globs;
    }

    private static Option<string> CreateFormat() =>
        OneOf(
            new Option<string>("--format", "-f")
            {
                Description = "json: the document of one input, else {\"files\":[{path, document}]}; "
                    + "jsonl: one line per entry, plus typed lines for blocks and diagnostics; csv: one row per entry.",
                HelpName = "json|jsonl|csv",
                DefaultValueFactory = _ => "json",
            },
            ParseFormat,
            value => $"unknown format '{value}': expected {FormatValues}");

    private static Option<string> CreateInputFormat() =>
        OneOf(
            new Option<string>("--input-format")
            {
                Description = "text: listing text; html: an HTML page; auto: HTML for input that looks like HTML and for .html and .htm files "
                    + "that hold a tag, text otherwise.",
                HelpName = "text|html|auto",
                DefaultValueFactory = _ => "auto",
            },
            ParseInputFormat,
            value => $"unknown input format '{value}': expected {InputFormatValues}");

    private static Option<string> CreateFailOn() =>
        OneOf(
            new Option<string>("--fail-on")
            {
                Description = "The lowest diagnostic severity that makes the exit code 1.",
                HelpName = "error|warning|never",
                DefaultValueFactory = _ => "error",
            },
            ParseFailOn,
            value => $"unknown severity '{value}': expected error, warning or never");

    private static Option<string> CreateOutput()
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "Write the results to this file instead of standard output.",
            HelpName = "file",
        };
        output.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
            {
                result.AddError("--output needs a file name, or - for standard output");
            }
        });
        return output;
    }

    private static Option<string> CreateFields()
    {
        var fields = new Option<string>("--fields")
        {
            Description = "csv and jsonl: the entry fields to write, comma-separated, from "
                + string.Join(", ", EntryFields.All.Select(EntryFields.Name)) + ". [default: all]",
            HelpName = "list",
        };
        fields.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && EntryFields.Parse(result.Tokens[0].Value, out var error) is null)
            {
                result.AddError(error!);
            }
        });
        return fields;
    }

    private static Option<int?> CreateMaxLineLength()
    {
        var maxLineLength = new Option<int?>("--max-line-length")
        {
            Description = "Stop with error AP102 at a line longer than this many characters. [default: 16777216]",
            HelpName = "n",
        };
        maxLineLength.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && (!int.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 1))
            {
                result.AddError($"--max-line-length must be a whole number from 1 to {int.MaxValue}, not '{result.Tokens[0].Value}'");
            }
        });
        return maxLineLength;
    }

    // The options in the order --help lists them.
    private Command CreateCommand() => new(Name, "Parses the text of copied or scraped news listings into records of image "
        + "caption, headline and teaser.")
    {
        Inputs,
        Format,
        Output,
        Pattern,
        Exclude,
        InputFormatOption,
        FailOnOption,
        Strict,
        Verbose,
        Explain,
        Quiet,
        Spans,
        Indent,
        Compact,
        Fields,
        MaxLineLength,
        NoMetadata,
        NoReadMore,
        NoChrome,
        NoSeparators,
        new HelpOption { Action = new HelpWithExitCodesAction() },
        new VersionOption { Action = new PrintVersionAction() },
    };

    private static InputFormat? ParseInputFormat(string value) => value switch
    {
        "auto" => InputFormat.Auto,
        "text" => InputFormat.Text,
        "html" => InputFormat.Html,
        _ => null,
    };

    private static FailOn? ParseFailOn(string value) => value switch
    {
        "error" => FailOn.Error,
        "warning" => FailOn.Warning,
        "never" => FailOn.Never,
        _ => null,
    };

    private static OutputFormat? ParseFormat(string value) => value switch
    {
        "json" => OutputFormat.Json,
        "jsonl" => OutputFormat.JsonLines,
        "csv" => OutputFormat.Csv,
        _ => null,
    };

    /// <summary>Writes System.CommandLine's help at a fixed width, then the exit codes.</summary>
    private sealed class HelpWithExitCodesAction : SynchronousCommandLineAction
    {
        private readonly HelpAction _help = new() { MaxWidth = HelpWidth };

        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            _help.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Diagnostics go to standard error as path:line:column: severity APxxx: message.");
            output.WriteLine();
            output.WriteLine("Exit codes:");
            output.WriteLine("  0  no diagnostic at or above --fail-on (by default: no error)");
            output.WriteLine("  1  an error (AP101, AP102, AP104) or, with --fail-on warning or --strict, a");
            output.WriteLine("     warning was found");
            output.WriteLine("  2  usage error, or an input or the output could not be found, read or written");
            output.WriteLine("  141  standard output was closed by its reader (| head): stopped there, quietly");
            output.WriteLine();
            output.WriteLine("Examples:");
            output.WriteLine("  articleparser front-page.txt");
            output.WriteLine("  articleparser archive/ --format csv --output entries.csv");
            output.WriteLine("  articleparser archive/ --format jsonl | jq -c 'select(.headline).headline'");
            output.WriteLine("  xclip -o -selection clipboard | articleparser - --strict");
            return CliApp.ExitOk;
        }
    }

    /// <summary>Prints this assembly's version (System.CommandLine's own action prints the entry assembly's).</summary>
    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return CliApp.ExitOk;
        }
    }
}
