using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Forms;

namespace CoursePlatform.Web.Extensions;

/// <summary>
/// Issues an antiforgery token only when a form asks for one. The framework's provider also hands its token to
/// interactive components through the persisted state of every first render, which puts a cookie (and a
/// Blazor-Server-Component-State comment) on every static page and so keeps them out of the output cache.
/// The interactive pages here post no forms, so they need no token.
/// </summary>
internal sealed class LazyAntiforgeryStateProvider(IHttpContextAccessor accessor, IAntiforgery antiforgery) : AntiforgeryStateProvider
{
    public override AntiforgeryRequestToken? GetAntiforgeryToken()
    {
        var context = accessor.HttpContext;
        if (context is null || context.Response.HasStarted)
        {
            return null;
        }
        var tokens = antiforgery.GetAndStoreTokens(context);
        return tokens.RequestToken is null ? null : new AntiforgeryRequestToken(tokens.RequestToken, tokens.FormFieldName);
    }
}
