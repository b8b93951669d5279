using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Semantics;

namespace CoursePlatform.Linting.Tests.Semantics;

public class BaseImageEnvironmentsTests
{
    [Theory]
    [InlineData("node", "node")]
    [InlineData("node:20-alpine", "node")]
    [InlineData("docker.io/library/node:20", "node")]
    [InlineData("library/python:3.12@sha256:abc", "python")]
    [InlineData("arm64v8/golang:1.23", "golang")]
    [InlineData("mcr.microsoft.com/dotnet/sdk:9.0", "mcr.microsoft.com/dotnet/sdk")]
    [InlineData("localhost:5000/team/app:1", "localhost:5000/team/app")]
    [InlineData("Node", "node")]
    public void Names_the_repository(string image, string repository)
        => Assert.Equal(repository, BaseImageEnvironments.RepositoryName(image));

    [Theory]
    [InlineData("node:22", "NODE_VERSION")]
    [InlineData("node:22", "YARN_VERSION")]
    [InlineData("python:3.12-slim", "PYTHON_VERSION")]
    [InlineData("python:3.12-slim", "GPG_KEY")]
    [InlineData("golang:1.23", "GOPATH")]
    [InlineData("golang:1.23", "GOTOOLCHAIN")]
    [InlineData("eclipse-temurin:21", "JAVA_HOME")]
    [InlineData("openjdk:21", "JAVA_VERSION")]
    [InlineData("nginx:1.27", "NGINX_VERSION")]
    [InlineData("nginx:1.27", "NJS_VERSION")]
    [InlineData("rust:1.80", "CARGO_HOME")]
    [InlineData("rust:1.80", "RUSTUP_HOME")]
    [InlineData("ruby:3.3", "GEM_HOME")]
    [InlineData("php:8.3-apache", "PHP_INI_DIR")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:9.0", "ASPNET_VERSION")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:9.0", "APP_UID")]
    [InlineData("mcr.microsoft.com/dotnet/sdk:9.0", "DOTNET_SDK_VERSION")]
    [InlineData("quay.io/jupyter/base-notebook:latest", "NB_UID")]
    [InlineData("jupyter/scipy-notebook", "CONDA_DIR")]
    [InlineData("alpine:3.20", "PATH")]
    [InlineData("scratch", "HOME")]
    [InlineData("registry.example.com/anything", "PATH")]
    public void Knows_the_variables_of_well_known_images(string image, string variable)
        => Assert.Contains(variable, BaseImageEnvironments.For(image));

    [Theory]
    [InlineData("alpine:3.20", "HOSTNAME")]
    [InlineData("alpine:3.20", "NODE_VERSION")]
    [InlineData("registry.example.com/team/node", "NODE_VERSION")]
    [InlineData("ubuntu", "JAVA_HOME")]
    public void Knows_nothing_else(string image, string variable)
        => Assert.DoesNotContain(variable, BaseImageEnvironments.For(image));

    [Fact]
    public void Uses_the_table_from_the_options_instead_of_the_built_in_one()
    {
        var options = LintOptions.Default with
        {
            BaseImageEnvironments = new Dictionary<string, IReadOnlyList<string>> { ["registry.example.com/base"] = ["APP_DIR"] },
        };
        Assert.Contains("APP_DIR", BaseImageEnvironments.For("registry.example.com/base:1", options));
        Assert.Contains("PATH", BaseImageEnvironments.For("registry.example.com/base:1", options));
        Assert.DoesNotContain("NODE_VERSION", BaseImageEnvironments.For("node:22", options));
    }

    [Theory]
    [InlineData("  docker.io/library/Node:22@sha256:abc  ")]
    [InlineData("index.docker.io/amd64/node")]
    [InlineData("registry.example.com/team/app:1")]
    [InlineData("unknown:1")]
    public void Image_names_are_the_same_from_a_hash_table_and_from_any_other_table(string image)
    {
        var entries = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["node"] = ["NODE_VERSION"],
            ["registry.example.com/team/app:1"] = ["APP_HOME"],
        };
        var fromDictionary = BaseImageEnvironments.ImageNames(image, new LintOptions { BaseImageEnvironments = entries });
        var fromSorted = BaseImageEnvironments.ImageNames(image, new LintOptions { BaseImageEnvironments = new SortedDictionary<string, IReadOnlyList<string>>(entries, StringComparer.Ordinal) });
        Assert.Equal(fromSorted, fromDictionary);
        Assert.Equal(image.Contains("unknown") ? 0 : 1, fromDictionary.Count);
    }
}
