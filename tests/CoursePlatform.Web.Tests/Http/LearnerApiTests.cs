using System.Net;
using CoursePlatform.Web.Data;
using CoursePlatform.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoursePlatform.Web.Tests.Http;

/// <summary>Accounts, guests and their progress over HTTP, against the real app and the repository's problems.</summary>
public sealed class LearnerApiTests(LearnerAppFactory factory) : IClassFixture<LearnerAppFactory>
{
    private const string Problem = "go-scratch";
    private const string SingleStage = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /server .\nCMD [\"/server\"]\n";

    private static string Reference => File.ReadAllText(Path.Combine(RepositoryContent.Root, "problems", Problem, "reference", "Dockerfile"));

    private static string NewEmail() => $"learner-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task One_user_cannot_read_another_users_attempts_or_drafts()
    {
        var ann = factory.NewLearner();
        var bob = factory.NewLearner();
        await ann.SignUpAsync(NewEmail());
        await bob.SignUpAsync(NewEmail());
        Assert.Equal(HttpStatusCode.OK, (await ann.PutDraftAsync(Problem, "FROM scratch # ann's draft\n")).StatusCode);
        var annAttempt = await ann.SubmitOkAsync(Problem, SingleStage);

        // Ann sees her own; Bob, a guest and an anonymous caller see nothing of hers, and cannot tell it exists.
        using (var own = await ann.GetJsonAsync($"/api/attempts/{annAttempt}"))
        {
            Assert.Equal(SingleStage, own.RootElement.GetProperty("dockerfile").GetString());
            Assert.False(own.RootElement.GetProperty("result").GetProperty("passed").GetBoolean());
            Assert.Contains(own.RootElement.GetProperty("checks").EnumerateArray(), c => c.GetProperty("id").GetString() == "multi-stage");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Http.GetAsync($"/api/attempts/{annAttempt}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Http.GetAsync($"/api/problems/{Problem}/draft")).StatusCode);
        using (var bobsList = await bob.GetJsonAsync($"/api/problems/{Problem}/attempts"))
        {
            Assert.Equal(0, bobsList.RootElement.GetArrayLength());
        }
        var guest = factory.NewLearner();
        Assert.Equal(HttpStatusCode.NotFound, (await guest.Http.GetAsync($"/api/attempts/{annAttempt}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guest.Http.GetAsync($"/api/problems/{Problem}/draft")).StatusCode);
        var bobsProgress = await bob.Http.GetStringAsync("/progress");
        Assert.DoesNotContain("score 30", bobsProgress);

        // Bob writing his own draft leaves Ann's untouched.
        await bob.PutDraftAsync(Problem, "FROM scratch # bob's draft\n");
        using var annsDraft = await ann.GetJsonAsync($"/api/problems/{Problem}/draft");
        Assert.Equal("FROM scratch # ann's draft\n", annsDraft.RootElement.GetProperty("dockerfile").GetString());
    }

    [Fact]
    public async Task A_guest_who_signs_up_keeps_the_draft_the_attempts_the_solved_problem_and_the_lessons_read()
    {
        var visitor = factory.NewLearner();
        await visitor.Http.GetAsync($"/problems/{Problem}");
        await visitor.SubmitOkAsync(Problem, SingleStage);
        await visitor.SubmitOkAsync(Problem, Reference);
        await visitor.PutDraftAsync(Problem, Reference + "# kept\n");
        Assert.Equal(HttpStatusCode.OK, (await visitor.MarkReadAsync("day-09-advanced-dockerfiles")).StatusCode);
        Assert.Contains("practising as a guest", await visitor.Http.GetStringAsync("/progress"));

        var signedUp = await visitor.SignUpAsync(NewEmail());

        Assert.Equal("/progress", signedUp.Path);
        Assert.DoesNotContain("practising as a guest", signedUp.Html);
        using var progress = await visitor.GetJsonAsync("/api/progress");
        var standing = progress.RootElement.GetProperty("problems").EnumerateArray()
            .Single(p => p.GetProperty("id").GetString() == Problem).GetProperty("standing");
        Assert.Equal(2, standing.GetProperty("attempts").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.String, standing.GetProperty("solvedAt").ValueKind);
        Assert.Contains(progress.RootElement.GetProperty("lessons").EnumerateArray(),
            l => l.GetProperty("slug").GetString() == "day-09-advanced-dockerfiles" && l.GetProperty("readAt").ValueKind == System.Text.Json.JsonValueKind.String);
        using var draft = await visitor.GetJsonAsync($"/api/problems/{Problem}/draft");
        Assert.EndsWith("# kept\n", draft.RootElement.GetProperty("dockerfile").GetString());
        using var attempts = await visitor.GetJsonAsync($"/api/problems/{Problem}/attempts");
        Assert.Equal([2, 1], attempts.RootElement.EnumerateArray().Select(a => a.GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task Signing_in_to_an_existing_account_adds_what_was_done_as_a_guest_since()
    {
        var email = NewEmail();
        var first = factory.NewLearner();
        await first.SignUpAsync(email);
        await first.SubmitOkAsync(Problem, SingleStage);

        var laptop = factory.NewLearner();
        await laptop.Http.GetAsync($"/problems/{Problem}");
        await laptop.SubmitOkAsync(Problem, Reference);
        var signedIn = await laptop.SignInAsync(email);

        Assert.Equal("/progress", signedIn.Path);
        using var standing = await laptop.GetJsonAsync("/api/progress");
        var goScratch = standing.RootElement.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("id").GetString() == Problem);
        Assert.Equal(2, goScratch.GetProperty("standing").GetProperty("attempts").GetInt32());
        Assert.Equal(100, goScratch.GetProperty("standing").GetProperty("bestScore").GetInt32());
    }

    [Fact]
    public async Task Wrong_passwords_weak_passwords_and_taken_addresses_are_refused_with_messages()
    {
        var email = NewEmail();
        var learner = factory.NewLearner();
        var weak = await learner.SignUpAsync(email, "short");
        Assert.Contains("at least 8 characters", weak.Html);
        var mismatch = await learner.SignUpAsync(email, LearnerClient.Password, "Other!Pass1");
        Assert.Contains("The two passwords differ", mismatch.Html);
        Assert.Equal("/progress", (await learner.SignUpAsync(email)).Path);
        await learner.SignOutAsync();

        var other = factory.NewLearner();
        var taken = await other.SignUpAsync(email);
        Assert.Contains("is already taken", taken.Html);
        var wrong = await other.SignInAsync(email, "Wrong!Pass1");
        Assert.Contains("The e-mail address or the password is not right", wrong.Html);
        Assert.Equal("/account/signin", wrong.Path);
    }

    [Fact]
    public async Task A_submission_or_draft_over_64_KiB_or_with_binary_content_is_refused_with_a_clear_message_and_nothing_is_stored()
    {
        var learner = factory.NewLearner();
        var huge = "FROM scratch\n" + new string('#', 64 * 1024);
        var binary = "FROM scratch\nCOPY \0\u0001\u0002 /\n";

        var tooLarge = await learner.SubmitAsync(Problem, huge);
        var notText = await learner.SubmitAsync(Problem, binary);
        var largeDraft = await learner.PutDraftAsync(Problem, huge);
        var binaryIgnore = await learner.PutDraftAsync(Problem, "FROM scratch\n", "node_modules\n\0");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLarge.StatusCode);
        Assert.Contains("the limit is 64 KiB", await tooLarge.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notText.StatusCode);
        Assert.Contains("binary data", await notText.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, largeDraft.StatusCode);
        Assert.Contains("The .dockerignore contains binary data", await binaryIgnore.Content.ReadAsStringAsync());
        using var attempts = await learner.GetJsonAsync($"/api/problems/{Problem}/attempts");
        Assert.Equal(0, attempts.RootElement.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await learner.Http.GetAsync($"/api/problems/{Problem}/draft")).StatusCode);
    }

    [Fact]
    public async Task A_request_body_far_over_the_limit_is_cut_off_before_it_is_read_whole()
    {
        var learner = factory.NewLearner();

        var response = await learner.SubmitAsync(Problem, new string('#', 2 * 1024 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Submissions_are_rate_limited_per_learner_with_a_retry_time()
    {
        var busy = factory.NewLearner();
        for (var i = 0; i < LearnerAppFactory.Burst; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await busy.SubmitAsync(Problem, SingleStage)).StatusCode);
        }

        var limited = await busy.SubmitAsync(Problem, SingleStage);
        var someoneElse = await factory.NewLearner().SubmitAsync(Problem, SingleStage);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("Try again in", await limited.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, someoneElse.StatusCode);
        using var attempts = await busy.GetJsonAsync($"/api/problems/{Problem}/attempts");
        Assert.Equal(LearnerAppFactory.Burst, attempts.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task A_change_without_the_request_header_is_refused_so_a_cross_site_form_cannot_make_one()
    {
        var learner = factory.NewLearner();
        var response = await learner.Http.PostAsync($"/api/problems/{Problem}/attempts",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["dockerfile"] = "FROM scratch\n" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("X-CoursePlatform", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_problems_and_lessons_answer_not_found()
    {
        var learner = factory.NewLearner();

        Assert.Equal(HttpStatusCode.NotFound, (await learner.SubmitAsync("no-such-problem", "FROM scratch\n")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.PutDraftAsync("no-such-problem", "FROM scratch\n")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.MarkReadAsync("no-such-lesson")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.Http.GetAsync($"/api/attempts/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_lesson_marked_read_shows_as_read_on_the_progress_page_and_can_be_unmarked()
    {
        var learner = factory.NewLearner();
        await learner.SignUpAsync(NewEmail());
        Assert.Contains("Not read", await learner.Http.GetStringAsync("/progress"));

        await learner.MarkReadAsync("day-09-advanced-dockerfiles");
        Assert.Matches("data-lesson=\"day-09-advanced-dockerfiles\">.*Read <time", (await learner.Http.GetStringAsync("/progress")).ReplaceLineEndings(""));

        var unmark = new HttpRequestMessage(HttpMethod.Delete, "/api/lessons/day-09-advanced-dockerfiles/read");
        unmark.Headers.Add("X-CoursePlatform", "1");
        await learner.Http.SendAsync(unmark);
        using var state = await learner.GetJsonAsync("/api/lessons/day-09-advanced-dockerfiles/read");
        Assert.False(state.RootElement.GetProperty("read").GetBoolean());
    }

    [Fact]
    public async Task Pages_that_keep_nothing_give_a_guest_no_cookie_and_stay_cached()
    {
        var guest = factory.NewLearner();
        await guest.Http.GetAsync($"/problems/{Problem}");

        var first = await guest.Http.GetAsync("/lessons/day-09-advanced-dockerfiles");
        var second = await guest.Http.GetAsync("/lessons/day-09-advanced-dockerfiles");

        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.NotNull(second.Headers.Age);
        Assert.Contains("data-lesson-read=\"day-09-advanced-dockerfiles\"", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_instructor_address_in_configuration_gets_the_instructor_role_and_others_are_students()
    {
        await factory.NewLearner().SignUpAsync(LearnerAppFactory.InstructorEmail);
        var studentEmail = NewEmail();
        await factory.NewLearner().SignUpAsync(studentEmail);

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var teacher = await users.FindByEmailAsync(LearnerAppFactory.InstructorEmail);
        var student = await users.FindByEmailAsync(studentEmail);
        Assert.Equal([Roles.Instructor, Roles.Student], (await users.GetRolesAsync(teacher!)).Order());
        Assert.Equal([Roles.Student], await users.GetRolesAsync(student!));
    }

    [Fact]
    public async Task The_keys_that_protect_the_cookies_are_kept_with_the_data_so_a_restart_signs_nobody_out()
    {
        await factory.NewLearner().Http.GetAsync($"/problems/{Problem}");

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(factory.DataDirectory, "keys"), "key-*.xml"));
    }

    [Fact]
    public async Task A_stored_attempt_cannot_be_changed_or_deleted()
    {
        var learner = factory.NewLearner();
        var id = await learner.SubmitOkAsync(Problem, SingleStage);
        var databases = factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

        await using var db = await databases.CreateDbContextAsync();
        var attempt = await db.Attempts.SingleAsync(a => a.PublicId == id);
        attempt.Passed = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.Attempts.Remove(await db.Attempts.SingleAsync(a => a.PublicId == id));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

}
