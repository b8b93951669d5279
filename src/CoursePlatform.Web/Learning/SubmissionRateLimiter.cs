using System.Threading.RateLimiting;

namespace CoursePlatform.Web.Learning;

/// <summary>Options of the per-learner submission limit (<c>Submissions</c> in configuration).</summary>
public sealed class SubmissionOptions
{
    /// <summary>Submissions a learner may make in a burst.</summary>
    public int Burst { get; set; } = 10;

    /// <summary>Submissions a learner regains per minute after a burst.</summary>
    public int PerMinute { get; set; } = 20;
}

/// <summary>
/// One token bucket per learner, shared by the problem page and the HTTP API so neither is a way around the other.
/// Draft saves are not limited here (they replace one row); grading is what costs.
/// </summary>
public sealed class SubmissionRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly TimeSpan _period;

    public SubmissionRateLimiter(SubmissionOptions options)
    {
        var burst = Math.Max(1, options.Burst);
        var perMinute = Math.Max(1, options.PerMinute);
        var period = _period = TimeSpan.FromMinutes(1.0 / perMinute);
        _limiter = PartitionedRateLimiter.Create<string, string>(learner => RateLimitPartition.GetTokenBucketLimiter(learner, _ =>
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = period,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Takes one submission from the learner's bucket; when it is empty, says how long to wait.</summary>
    public bool TryAcquire(LearnerKey learner, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(learner.Value);
        if (lease.IsAcquired)
        {
            retryAfter = TimeSpan.Zero;
            return true;
        }
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : _period;
        return false;
    }

    public void Dispose() => _limiter.Dispose();
}
