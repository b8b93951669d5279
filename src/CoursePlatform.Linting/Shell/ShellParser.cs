using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Shell;

/// <summary>
/// Parses POSIX sh and common bash into a <see cref="ShellScript"/>: every simple command (also those inside
/// chains, pipelines, subshells, groups, compound commands, functions and substitutions), listed once, in the
/// order a pre-order walk meets them. Never throws and always terminates, whatever the input.
/// </summary>
/// <remarks>
/// Word values are de-quoted; <c>$x</c>, <c>${x}</c> and <c>${x:-y}</c> read as <c>${x}</c>; command
/// substitutions, backticks and arithmetic read as the literal <c>${VAR}</c> (what the linted tool sees).
/// </remarks>
public static partial class ShellParser
{
    /// <param name="text">The script.</param>
    /// <param name="map">Maps offsets in <paramref name="text"/> to Dockerfile source spans.</param>
    public static ShellScript Parse(string text, Func<int, int, SourceSpan> map) => ParseScript(text ?? "", map);

    /// <summary>The same, mapped by an object the caller keeps per script anyway (no delegate needed).</summary>
    internal static ShellScript Parse(string text, ShellSpanMap map) => ParseScript(text ?? "", map);

    /// <summary>
    /// The same, for a script that is an instruction's arguments: offsets map through
    /// <see cref="Instruction.MapArguments"/> (no delegate needed).
    /// </summary>
    internal static ShellScript Parse(string text, Instruction arguments) => ParseScript(text ?? "", arguments);

    private static ShellScript ParseScript(string text, object map)
    {
        // The parser's state and buffers are taken out of the thread's slot while in use, so a nested or failed
        // parse can never share them; a parse that throws simply leaves the slot empty and the next one starts anew.
        var state = t_state ?? new State();
        t_state = null;
        state.Begin(text);
        try
        {
            state.ParseList(Closers.None);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or InsufficientExecutionStackException)
        {
            // A bug in the parser must not take the whole lint down: keep what was parsed so far.
        }
        var script = state.Finish(map);
        state.End();
        t_state = state;
        return script;
    }

    /// <summary>Per-thread parser, reused from one script to the next (never shared).</summary>
    [ThreadStatic]
    private static State? t_state;

    /// <summary>Which words or characters end the list being parsed (the union over every enclosing construct).</summary>
    [Flags]
    private enum Closers
    {
        None = 0,
        Paren = 1,
        Brace = 2,
        Then = 4,
        ElifElseFi = 8,
        Do = 16,
        Done = 32,
        Esac = 64,
        CaseBreak = 128,
    }

    private enum Keyword
    {
        None,
        If,
        Then,
        Elif,
        Else,
        Fi,
        For,
        Select,
        In,
        Do,
        Done,
        While,
        Until,
        Case,
        Esac,
        Function,
        OpenBrace,
        CloseBrace,
        Bang,
        OpenCondition,
        CloseCondition,
    }

    private static Closers CloserOf(Keyword keyword) => keyword switch
    {
        Keyword.Then => Closers.Then,
        Keyword.Elif or Keyword.Else or Keyword.Fi => Closers.ElifElseFi,
        Keyword.Do => Closers.Do,
        Keyword.Done => Closers.Done,
        Keyword.Esac => Closers.Esac,
        Keyword.CloseBrace => Closers.Brace,
        _ => Closers.None,
    };

    /// <summary>Bit c set for each word-ending character c below 64 (<c>|</c> is tested apart).</summary>
    private const ulong WordEndsBelow64 =
        1UL << ' ' | 1UL << '\t' | 1UL << '\r' | 1UL << '\n' | 1UL << ';' | 1UL << '&' | 1UL << '<' | 1UL << '>' | 1UL << '(' | 1UL << ')';

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsWordEnd(char c) => c < 64 ? (WordEndsBelow64 >> c & 1) != 0 : c == '|';

    private static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsNameChar(char c) => IsNameStart(c) || c is >= '0' and <= '9';

    private static bool IsKeywordChar(char c) => c is (>= 'a' and <= 'z') or '{' or '}' or '[' or ']' or '!';
}
