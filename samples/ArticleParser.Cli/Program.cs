using System.Text;
using ArticleParser.Cli;

// Standard input and output are byte streams: input is decoded by the library (UTF-8, or UTF-16 by
// its BOM, with invalid and binary input reported), output is UTF-8 without a byte order mark.
var stdinClosed = CliHost.StandardInputWasClosed(); // before anything opens descriptor 0
var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true };
var host = new CliHost(Console.OpenStandardInput(), CliHost.OpenStandardOutput(), stderr)
{
    ShowProgress = CliHost.WantsProgress(Console.IsErrorRedirected, Environment.GetEnvironmentVariable),
    Color = CliHost.WantsColor(Console.IsErrorRedirected, Environment.GetEnvironmentVariable),
    StdinIsTerminal = !Console.IsInputRedirected && !stdinClosed,
    StdinIsClosed = stdinClosed,
    StdinIsPiped = Console.IsInputRedirected && !stdinClosed,
    StdoutIsTerminal = !Console.IsOutputRedirected,
};

return CliApp.Run(args, host);
