using System.Text.Json;
using CoursePlatform.Content.Grading;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CoursePlatform.Web.Learning;

/// <summary>
/// The learner's own data over HTTP (<c>/api</c>): drafts, submissions, attempts, lessons read and the overview.
/// Every endpoint works on the caller's learner (account or guest cookie) only; someone else's attempt answers 404,
/// exactly like one that does not exist. Changes need the <c>X-CoursePlatform</c> header, which a cross-site form cannot
/// send, so the cookies alone never authorise a change.
/// </summary>
public static class LearnerApi
{
    public const string RequestHeader = "X-CoursePlatform";

    /// <summary>Room for two 64 KiB files even when JSON escapes every character.</summary>
    private const long MaxRequestBytes = 1024 * 1024;

    /// <summary>
    /// Before any endpoint runs: a change to <c>/api</c> without the request header is refused (so no body is even read),
    /// and API answers keep their own status codes instead of the site's HTML error pages.
    /// </summary>
    public static IApplicationBuilder UseLearnerApiGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !request.Headers.ContainsKey(RequestHeader))
            {
                await TypedResults.Problem($"Requests that change data need the {RequestHeader} header.", statusCode: StatusCodes.Status400BadRequest)
                    .ExecuteAsync(context);
                return;
            }
            // Declared too large: refused before a byte is read (a body without a length is cut off by the server's limit).
            if (request.ContentLength > MaxRequestBytes)
            {
                await TypedResults.Problem($"The request is larger than {MaxRequestBytes / 1024} KiB; a submission holds at most 64 KiB per file.",
                    statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
                return;
            }
        }
        await next(context);
    });

    public sealed record DraftBody(string? Dockerfile, string? Dockerignore);

    public sealed record SubmissionBody(string? Dockerfile, string? Dockerignore);

    public sealed record SubmissionResponse(AttemptSummary Attempt, JsonElement Result);

    /// <summary>A stored attempt; <c>result</c> is the grader's JSON as it was when the attempt was graded.</summary>
    public sealed record AttemptResponse(AttemptSummary Attempt, string Dockerfile, string? Dockerignore, IReadOnlyList<AttemptCheckView> Checks, JsonElement Result);

    public static void MapLearnerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(RequireLearner).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes));

        api.MapGet("/problems/{problemId}/draft", async Task<Results<Ok<DraftView>, NotFound>> (string problemId, HttpContext http, LearnerProgress progress) =>
            await progress.GetDraftAsync(Learner(http), problemId, http.RequestAborted) is { } draft ? TypedResults.Ok(draft) : TypedResults.NotFound());

        api.MapPut("/problems/{problemId}/draft", async Task<IResult> (string problemId, DraftBody body, HttpContext http, LearnerProgress progress) =>
        {
            var outcome = await progress.SaveDraftAsync(Learner(http), problemId, body.Dockerfile ?? "", body.Dockerignore, http.RequestAborted);
            return outcome.Refusal is { } refusal ? Refused(refusal) : TypedResults.Ok(outcome.Draft);
        });

        api.MapPost("/problems/{problemId}/attempts", async Task<IResult> (string problemId, SubmissionBody body, HttpContext http, LearnerProgress progress) =>
        {
            var outcome = await progress.SubmitAsync(Learner(http), problemId, body.Dockerfile ?? "", body.Dockerignore, http.RequestAborted);
            if (outcome.Refusal is { } refusal)
            {
                return Refused(refusal);
            }
            var result = Json(GradeResultJson.ToJson(outcome.Result!, indented: false));
            return TypedResults.Created($"/api/attempts/{outcome.Attempt!.Id}", new SubmissionResponse(outcome.Attempt, result));
        });

        api.MapGet("/problems/{problemId}/attempts", async (string problemId, HttpContext http, LearnerProgress progress) =>
            TypedResults.Ok(await progress.ListAttemptsAsync(Learner(http), problemId, http.RequestAborted)));

        api.MapGet("/attempts/{attemptId:guid}", async Task<Results<Ok<AttemptResponse>, NotFound>> (Guid attemptId, HttpContext http, LearnerProgress progress) =>
            await progress.GetAttemptAsync(Learner(http), attemptId, http.RequestAborted) is { } attempt
                ? TypedResults.Ok(new AttemptResponse(attempt.Summary, attempt.Dockerfile, attempt.Dockerignore, attempt.Checks, Json(attempt.ResultJson)))
                : TypedResults.NotFound());

        api.MapGet("/lessons/{slug}/read", async Task<Results<Ok<LessonReadState>, NotFound>> (string slug, HttpContext http, LearnerProgress progress) =>
            await progress.GetLessonReadAsync(Learner(http), slug, http.RequestAborted) is { } state ? TypedResults.Ok(state) : TypedResults.NotFound());

        api.MapPut("/lessons/{slug}/read", async Task<Results<Ok<LessonReadState>, NotFound>> (string slug, HttpContext http, LearnerProgress progress) =>
            await progress.SetLessonReadAsync(Learner(http), slug, read: true, http.RequestAborted) is { } state ? TypedResults.Ok(state) : TypedResults.NotFound());

        api.MapDelete("/lessons/{slug}/read", async Task<Results<Ok<LessonReadState>, NotFound>> (string slug, HttpContext http, LearnerProgress progress) =>
            await progress.SetLessonReadAsync(Learner(http), slug, read: false, http.RequestAborted) is { } state ? TypedResults.Ok(state) : TypedResults.NotFound());

        api.MapGet("/progress", async (HttpContext http, LearnerProgress progress) =>
            TypedResults.Ok(await progress.GetOverviewAsync(Learner(http), http.RequestAborted)));
    }

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static LearnerKey Learner(HttpContext http) =>
        LearnerKey.From(http.User) ?? throw new InvalidOperationException("The learner filter lets no request through without a learner.");

    private static async ValueTask<object?> RequireLearner(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (LearnerKey.From(context.HttpContext.User) is null)
        {
            return TypedResults.Problem("No learner: enable cookies to keep progress.", statusCode: StatusCodes.Status401Unauthorized);
        }
        return await next(context);
    }

    private static IResult Refused(Refusal refusal)
    {
        return refusal.Kind switch
        {
            RefusalKind.RateLimited => new RetryAfterResult(refusal),
            RefusalKind.UnknownProblem => TypedResults.Problem(refusal.Message, statusCode: StatusCodes.Status404NotFound),
            _ => TypedResults.Problem(refusal.Message, statusCode: StatusCodes.Status422UnprocessableEntity),
        };
    }

    /// <summary>429 with a Retry-After header (seconds) and the refusal's message as a problem.</summary>
    private sealed class RetryAfterResult(Refusal refusal) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(refusal.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(refusal.Message, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(httpContext);
        }
    }
}
