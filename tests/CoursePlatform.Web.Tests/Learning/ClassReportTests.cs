using CoursePlatform.Web.Instructors;

namespace CoursePlatform.Web.Tests.Learning;

/// <summary>The findings table of the instructor dashboard.</summary>
public sealed class ClassReportTests
{
    [Fact]
    public void A_rule_counts_once_per_submission_however_often_it_fires_there_and_the_most_frequent_come_first()
    {
        var counts = ClassReport.CountFindings([
            "FROM ubuntu:latest\nFROM debian:latest\n",
            "FROM ubuntu:latest\n",
            "FROM ubuntu:22.04\nRUN apt-get install curl\n",
        ]);

        var latest = Assert.Single(counts, c => c.Code == "DL3007");
        Assert.Equal(2, latest.Attempts);
        Assert.Equal("DL3007", counts[0].Code);
        Assert.Contains(counts, c => c.Code == "DL3014" && c.Attempts == 1);
    }

    [Fact]
    public void No_submissions_no_findings()
    {
        Assert.Empty(ClassReport.CountFindings([]));
    }
}
