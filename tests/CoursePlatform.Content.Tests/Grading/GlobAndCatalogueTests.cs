using CoursePlatform.Content.Course;
using CoursePlatform.Content.Grading;

namespace CoursePlatform.Content.Tests.Grading;

public class GlobAndCatalogueTests
{
    [Theory]
    [InlineData("node:*-slim", "node:20-slim", true)]
    [InlineData("node:*-slim", "node:20-alpine", false)]
    [InlineData("node:#", "node:20.11.1", true)]
    [InlineData("node:#", "node:20-slim", false)]
    [InlineData("gcr.io/distroless/*", "gcr.io/distroless/static-debian12:nonroot", true)]
    [InlineData("go.?um", "go.sum", true)]
    [InlineData("NODE", "node", true)]
    public void Globs_match_whole_strings(string pattern, string text, bool matches)
        => Assert.Equal(matches, Glob.Matches(pattern, text));

    [Theory]
    [InlineData("node:20", "node:20")]
    [InlineData("node", "node:latest")]
    [InlineData("docker.io/library/node:20-slim", "node:20-slim")]
    [InlineData("library/golang:1.22@sha256:abc", "golang:1.22")]
    [InlineData("SCRATCH", "scratch")]
    [InlineData("localhost:5000/app", "localhost:5000/app:latest")]
    public void Image_names_are_normalised(string image, string expected)
        => Assert.Equal(expected, ImageNames.Normalize(image));

    [Theory]
    [InlineData("scratch", 0, "none")]
    [InlineData("node:20-alpine", 135.7, "musl")]
    [InlineData("node:20-bookworm-slim", 200.9, "glibc")]
    [InlineData("golang:1.22", 823, "glibc")]
    [InlineData("gcr.io/distroless/static-debian12:nonroot", 2.4, "none")]
    public void The_real_catalogue_knows_the_course_images(string image, double megabytes, string libc)
    {
        var info = CheckHarness.Catalog.Find(image);
        Assert.NotNull(info);
        Assert.Equal(megabytes, info.UncompressedMb);
        Assert.Equal(libc, info.Libc);
        Assert.False(string.IsNullOrEmpty(info.Source));
    }

    [Fact]
    public void A_broken_catalogue_reports_file_and_line()
    {
        var errors = new List<ContentError>();
        BaseImageCatalog.Parse("images:\n  - pattern: x\n    compressed: lots\n", "data/base-images.yaml", errors);
        var error = Assert.Single(errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("compressed", error.Message);
    }
}
