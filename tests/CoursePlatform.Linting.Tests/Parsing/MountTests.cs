using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Tests.Parsing;

public class MountTests
{
    [Fact]
    public void Mount_options_are_keyed_by_lower_cased_key_and_bare_keys_map_to_null()
    {
        var run = Parse.Last<RunInstruction>("FROM a\nRUN --mount=Type=cache,Target=/root/.cache,SHARING=locked,ro true\n");
        var mount = Assert.Single(run.Mounts);
        Assert.Equal("cache", mount.Type);
        Assert.Equal("/root/.cache", mount.Target);
        Assert.Equal("locked", mount.Get("sharing"));
        Assert.True(mount.Options.ContainsKey("ro"));
        Assert.Null(mount.Options["ro"]);
        Assert.Same(run.Flags[0], mount.Flag);
    }

    [Fact]
    public void Mount_options_keep_the_order_first_written_and_a_repeated_key_takes_its_last_value()
    {
        var run = Parse.Last<RunInstruction>("FROM a\nRUN --mount=type=cache,target=/a,ID=one,Target=/b,sharing=locked true\n");
        var mount = Assert.Single(run.Mounts);
        Assert.Equal(
            [new("type", "cache"), new("target", "/b"), new("id", "one"), new("sharing", "locked")],
            mount.Options.ToArray<KeyValuePair<string, string?>>());
        Assert.Equal(["type", "target", "id", "sharing"], mount.Options.Keys);
        Assert.False(mount.Options.ContainsKey("Target"));
        Assert.Throws<KeyNotFoundException>(() => mount.Options["size"]);
    }

    [Fact]
    public void The_default_mount_type_is_bind_and_aliases_resolve()
    {
        var mount = Assert.Single(Parse.Last<RunInstruction>("FROM a\nRUN --mount=from=build,src=/out,dst=/in true\n").Mounts);
        Assert.Equal("bind", mount.Type);
        Assert.Equal("/out", mount.Source);
        Assert.Equal("/in", mount.Target);
        Assert.Equal("build", mount.From);
    }

    [Theory]
    [InlineData("type=secret,id=npmrc,target=/root/.npmrc,required")]
    [InlineData("type=secret,id=npmrc,required=true,mode=0400,uid=1000,gid=1000")]
    [InlineData("type=ssh,required=false")]
    [InlineData("type=tmpfs,target=/tmp,size=64m")]
    [InlineData("type=cache,target=/var/cache/apt,sharing=locked,id=apt,mode=0755")]
    [InlineData("type=bind,source=.,target=/src,rw")]
    [InlineData("type=bind,from=builder$,target=/x")]
    [InlineData("type=secret,id=x,env=TOKEN")]
    [InlineData("type=cache,target=/x,uid=$UID")]
    [InlineData("\"type=bind,source=a,target=/b\"")]
    public void Valid_mounts_pass(string options)
    {
        Parse.Clean($"FROM a\nRUN --mount={options} true\n");
    }

    [Theory]
    [InlineData("", "invalid field '' must be a key=value pair")]
    [InlineData("type=cache,target", "invalid field 'target' must be a key=value pair")]
    [InlineData("type=volume", "unsupported mount type \"volume\"")]
    [InlineData("type=cahce", "unsupported mount type \"cahce\" (did you mean cache?)")]
    [InlineData("type=bind,taget=/x", "unexpected key 'taget' in 'taget=/x' (did you mean target?)")]
    [InlineData("type=bind,from=$STAGE_x,target=/x", "'from' doesn't support variable expansion, define alias stage instead")]
    [InlineData("type=bind,required", "unexpected key 'required' for mount type 'bind'")]
    [InlineData("type=cache,size=1g", "unexpected key 'size' for mount type 'cache'")]
    [InlineData("type=tmpfs,size=lots", "invalid value for size: lots")]
    [InlineData("type=bind,sharing=locked", "invalid cache sharing set for bind mount")]
    [InlineData("type=cache,sharing=everyone", "unsupported sharing value \"everyone\"")]
    [InlineData("type=cache,mode=999", "invalid value 999 for mode")]
    [InlineData("type=cache,uid=me", "invalid value me for uid")]
    [InlineData("type=bind,mode=0755", "mode not allowed for \"bind\" type mounts")]
    [InlineData("type=secret,id=a,from=b", "secret mount should not have a from")]
    [InlineData("type=secret,id=a,source=b", "both source and id can't be set")]
    [InlineData("type=bind,ro=maybe", "invalid value for ro: maybe")]
    [InlineData("'type=bind,\"a'", "failed to parse csv mounts: type=bind,\"a")]
    public void Invalid_mounts_are_reported_on_the_flag_value(string options, string message)
    {
        var text = $"FROM a\nRUN --mount={options} true\n";
        var diagnostic = Parse.Error(text, message);
        Assert.Equal(2, diagnostic.Span.StartLine);
        Assert.Equal(13, diagnostic.Span.StartColumn);
    }

    [Fact]
    public void A_half_typed_mount_flag_gives_a_mount_without_options_and_a_diagnostic()
    {
        var document = Parse.Text("FROM a\nRUN --mount=");
        var run = Assert.IsType<RunInstruction>(document.Instructions[1]);
        Assert.Single(run.Mounts);
        Assert.Equal("invalid field '' must be a key=value pair", Assert.Single(document.Diagnostics).Message);
    }
}
