using System.Net;
using CoursePlatform.Web.Tests.Support;

namespace CoursePlatform.Web.Tests.Http;

/// <summary>The instructor dashboard: only for the Instructor role, and it reflects what students did.</summary>
public sealed class InstructorDashboardTests(LearnerAppFactory factory) : IClassFixture<LearnerAppFactory>
{
    private const string SingleStage = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /server .\nCMD /server\n";

    [Fact]
    public async Task Nobody_but_an_instructor_sees_the_dashboard()
    {
        var anonymous = factory.NewLearner();
        var response = await anonymous.Http.GetAsync("/instructor");
        Assert.Equal("/account/signin", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Finstructor", response.RequestMessage.RequestUri.Query);

        var student = factory.NewLearner();
        await student.SignUpAsync($"student-{Guid.NewGuid():N}@example.com");
        var denied = await student.Http.GetAsync("/instructor");
        Assert.Equal("/account/denied", denied.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.DoesNotContain("href=\"/instructor\"", await student.Http.GetStringAsync("/progress"));
    }

    [Fact]
    public async Task The_dashboard_shows_valid_content_pass_rates_the_checks_students_fail_and_their_findings()
    {
        var student = factory.NewLearner();
        await student.SignUpAsync($"student-{Guid.NewGuid():N}@example.com");
        await student.SubmitOkAsync("go-scratch", SingleStage);
        var teacher = factory.NewLearner();
        await teacher.SignUpAsync(LearnerAppFactory.DashboardInstructorEmail);

        var html = await teacher.Http.GetStringAsync("/instructor");

        Assert.Contains("data-content-valid=\"true\"", html);
        Assert.Contains("href=\"/instructor\"", html);
        var row = Between(html, "<tr data-problem=\"go-scratch\">", "</tr>");
        Assert.Matches(@"<td class=""number"">[1-9]\d*</td>", row);
        var hardest = Between(html, "<ol class=\"hardest-checks\" data-problem=\"go-scratch\">", "</ol>");
        Assert.Contains("data-check=\"multi-stage\"", hardest);
        Assert.Contains("data-code=\"DL3025\"", Between(html, "<ol class=\"top-findings\">", "</ol>"));
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' not found");
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        return text[from..to];
    }
}
