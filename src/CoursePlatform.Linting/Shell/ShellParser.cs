using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Shell;

/// <summary>Parses POSIX/bash shell text into a <see cref="ShellScript"/>. Never throws.</summary>
public static class ShellParser
{
    /// <param name="text">The script.</param>
    /// <param name="map">Maps offsets in <paramref name="text"/> to Dockerfile source spans.</param>
    public static ShellScript Parse(string text, Func<int, int, SourceSpan> map) => throw new NotImplementedException("shell parser under construction");
}
