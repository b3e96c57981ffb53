using System.Text;
using ArticleParser.Cli;

// Standard output is buffered (results can be large) and always UTF-8 without a byte order mark;
// CliApp flushes it and reports a failed write. Standard input is read as UTF-8 (or as the
// encoding its byte order mark names), like the input files.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
var stdin = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
var host = new CliHost(stdin, stdout, Console.Error)
{
    ShowProgress = CliHost.WantsProgress(Console.IsErrorRedirected, Environment.GetEnvironmentVariable),
};

return CliApp.Run(args, host);
