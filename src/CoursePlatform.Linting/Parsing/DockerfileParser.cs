using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

/// <summary>Parses Dockerfile text into a <see cref="DockerfileDocument"/>. Never throws.</summary>
public static class DockerfileParser
{
    public static DockerfileDocument Parse(string source) => throw new NotImplementedException("parser under construction");
}
