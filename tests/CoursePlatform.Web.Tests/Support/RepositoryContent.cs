using CoursePlatform.Content.Course;

namespace CoursePlatform.Web.Tests.Support;

/// <summary>The repository's own content/ folder (the real lesson and problems).</summary>
public static class RepositoryContent
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "content");
            if (File.Exists(Path.Combine(candidate, CourseLoader.CourseFile)))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("The repository's content/ was not found.");
    }
}
