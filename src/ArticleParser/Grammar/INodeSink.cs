using ArticleParser.Lexing;

namespace ArticleParser.Grammar;

/// <summary>
/// Receives the grammar's blocks in document order, with the tokens they index into.
/// </summary>
internal interface INodeSink
{
    void Add(TokenList tokens, in Node node);
}
