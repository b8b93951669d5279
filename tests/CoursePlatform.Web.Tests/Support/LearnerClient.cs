using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CoursePlatform.Web.Tests.Support;

/// <summary>One person's browser against the app: the account forms as a browser posts them, and the learner API.</summary>
public sealed partial class LearnerClient(HttpClient http)
{
    public const string Password = "Str0ng!Pass";

    public HttpClient Http { get; } = http;

    /// <summary>Fills in and posts the sign-up form; returns the page the browser ends on.</summary>
    public Task<FormResult> SignUpAsync(string email, string password = Password, string? confirm = null) =>
        PostFormAsync("/account/signup", "signup", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = confirm ?? password,
        });

    public Task<FormResult> SignInAsync(string email, string password = Password) =>
        PostFormAsync("/account/signin", "signin", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.Remember"] = "true",
        });

    public Task<FormResult> SignOutAsync() => PostFormAsync("/account/signout", "signout", []);

    public Task<HttpResponseMessage> PutDraftAsync(string problem, string dockerfile, string? dockerignore = null) =>
        SendAsync(HttpMethod.Put, $"/api/problems/{problem}/draft", new { dockerfile, dockerignore });

    public Task<HttpResponseMessage> SubmitAsync(string problem, string dockerfile, string? dockerignore = null) =>
        SendAsync(HttpMethod.Post, $"/api/problems/{problem}/attempts", new { dockerfile, dockerignore });

    public Task<HttpResponseMessage> MarkReadAsync(string lesson) => SendAsync(HttpMethod.Put, $"/api/lessons/{lesson}/read", null);

    /// <summary>Submits and returns the new attempt's id.</summary>
    public async Task<Guid> SubmitOkAsync(string problem, string dockerfile)
    {
        var response = await SubmitAsync(problem, dockerfile);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("attempt").GetProperty("id").GetGuid();
    }

    public async Task<JsonDocument> GetJsonAsync(string path)
    {
        var response = await Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-CoursePlatform", "1");
        return Http.SendAsync(request);
    }

    private async Task<FormResult> PostFormAsync(string path, string handler, Dictionary<string, string> fields)
    {
        var form = await Http.GetStringAsync(path);
        var token = TokenPattern().Match(form);
        Assert.True(token.Success, $"{path} has no antiforgery token");
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        var response = await Http.PostAsync(path, new FormUrlEncodedContent(fields));
        return new FormResult(response.StatusCode, response.RequestMessage!.RequestUri!.AbsolutePath, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>Where a form post ended: status, the path after redirects, and the page.</summary>
public sealed record FormResult(HttpStatusCode Status, string Path, string Html);
