using CoursePlatform.Web.Components;
using CoursePlatform.Web.Extensions;
using CoursePlatform.Web.Learning;

var builder = WebApplication.CreateBuilder(args);

builder.AddCoursePlatform();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

app.UseAuthentication();
app.UseGuestLearners();
app.UseLearnerApiGuard();
app.UseAuthorization();
app.UseAntiforgery();
app.UseOutputCache();

app.MapStaticAssets();
app.MapLearnerApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.MigrateDatabaseAsync();
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
