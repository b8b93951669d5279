using CoursePlatform.Web.Learning;

namespace CoursePlatform.Web.Tests.Learning;

/// <summary>The text limits of platform.md section 8 and the per-learner submission bucket.</summary>
public sealed class SubmissionLimitsTests
{
    [Theory]
    [InlineData("FROM scratch\n")]
    [InlineData("FROM scratch\r\nRUN echo \"tab\there\"\f\n")]
    [InlineData("FROM alpine\n# caf\u00e9 \u2713 \U0001F433\n")]
    [InlineData("")]
    public void Ordinary_text_is_accepted(string text)
    {
        Assert.Null(SubmissionText.Refusal(text, text));
    }

    [Theory]
    [InlineData("FROM scratch\0", "Dockerfile contains binary data", 13)]
    [InlineData("FROM \u0001scratch", "Dockerfile contains binary data", 6)]
    [InlineData("FROM scratch\u007F", "Dockerfile contains binary data", 13)]
    public void Binary_content_is_refused_with_where_it_starts(string text, string message, int position)
    {
        var refusal = SubmissionText.Refusal(text, null);

        Assert.Contains(message, refusal);
        Assert.Contains($"position {position}", refusal);
    }

    [Fact]
    public void A_lone_surrogate_which_no_text_encoding_can_hold_is_binary()
    {
        // Built at run time: attribute strings cannot carry a lone surrogate.
        var text = "FROM " + (char)0xD83D + "scratch";

        Assert.Contains("position 6", SubmissionText.Refusal(text, null));
    }

    [Fact]
    public void Exactly_64_KiB_is_accepted_and_one_byte_more_is_refused_counting_utf8_bytes()
    {
        Assert.Null(SubmissionText.Refusal(new string('a', 64 * 1024), null));
        Assert.Contains("the limit is 64 KiB", SubmissionText.Refusal(new string('a', 64 * 1024 + 1), null));
        // 'é' is two bytes in UTF-8: 32,769 of them are over the limit though far fewer than 65,536 characters.
        Assert.Contains("the limit is 64 KiB", SubmissionText.Refusal(new string('é', 32 * 1024 + 1), null));
    }

    [Fact]
    public void The_dockerignore_is_held_to_the_same_limits_and_named_in_the_message()
    {
        Assert.Contains("The .dockerignore contains binary data", SubmissionText.Refusal("FROM scratch\n", "bin/\0"));
    }

    [Fact]
    public void Each_learner_has_a_bucket_of_their_own_and_an_empty_one_says_how_long_to_wait()
    {
        using var limiter = new SubmissionRateLimiter(new SubmissionOptions { Burst = 2, PerMinute = 6 });
        var ann = LearnerKey.ForAccount("ann");
        var bob = LearnerKey.ForAccount("bob");

        Assert.True(limiter.TryAcquire(ann, out _));
        Assert.True(limiter.TryAcquire(ann, out _));
        Assert.False(limiter.TryAcquire(ann, out var wait));
        Assert.True(limiter.TryAcquire(bob, out _));
        Assert.InRange(wait, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
    }
}
