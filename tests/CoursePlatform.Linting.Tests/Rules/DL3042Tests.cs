using CoursePlatform.Linting.Tests.Support;
using static CoursePlatform.Linting.Tests.Rules.PackageRuleTestSupport;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3042Tests
{
    [Theory]
    [InlineData("RUN pip install foo==1.0")]
    [InlineData("RUN pip3 install foo==1.0")]
    [InlineData("RUN python -m pip install foo==1.0")]
    [InlineData("RUN pip install -r requirements.txt")]
    [InlineData("FROM python:3.12\nENV PIP_NO_CACHE_DIR=0\nRUN pip install foo==1.0")]
    [InlineData("FROM python:3.12\nENV PIP_NO_CACHE_DIR=off\nRUN pip install foo==1.0")]
    [InlineData("FROM python:3.12\nRUN PIP_NO_CACHE_DIR=no pip install foo==1.0")]
    [InlineData("FROM python:3.12\nRUN PIP_NO_CACHE_DIR=false pip install foo==1.0")]
    [InlineData("FROM python:3.12 AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install foo==1.0")]
    [InlineData("FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/npm pip install foo==1.0")]
    [InlineData("FROM python:3.12\nRUN --mount=type=bind,target=/root/.cache/pip pip install foo==1.0")]
    [InlineData("FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nONBUILD RUN pip install foo==1.0")]
    [InlineData("FROM python:3.12\nONBUILD RUN pip install foo==1.0")]
    public void Fires_when_the_pip_cache_is_kept(string dockerfile) => Lint.Fires("DL3042", dockerfile);

    [Theory]
    [InlineData("RUN pip install --no-cache-dir foo==1.0")]
    [InlineData("RUN pip install foo==1.0 --no-cache-dir")]
    [InlineData("RUN python3 -m pip install --no-cache-dir foo==1.0")]
    [InlineData("RUN pipx install black")]
    [InlineData("RUN pipenv install black")]
    [InlineData("RUN python -m pipx install black")]
    [InlineData("RUN pip download foo")]
    [InlineData("FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install foo==1.0")]
    [InlineData("FROM python:3.12\nENV PIP_NO_CACHE_DIR=true\nRUN pip install foo==1.0")]
    [InlineData("FROM python:3.12\nENV PIP_NO_CACHE_DIR=YES\nRUN pip install foo==1.0")]
    [InlineData("FROM python:3.12\nENV PIP_NO_CACHE_DIR On\nRUN pip install foo==1.0")]
    [InlineData("FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install foo==1.0")]
    [InlineData("FROM python:3.12\nRUN PIP_NO_CACHE_DIR=1 pip install foo==1.0")]
    [InlineData("FROM python:3.12\nRUN export PIP_NO_CACHE_DIR=true && pip install foo==1.0")]
    [InlineData("FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install foo==1.0")]
    [InlineData("FROM python:3.12\nRUN --mount=type=tmpfs,target=/root/.cache/pip pip install foo==1.0")]
    [InlineData("FROM python:3.12\nONBUILD ENV PIP_NO_CACHE_DIR=1\nONBUILD RUN pip install foo==1.0")]
    public void Passes_when_the_cache_is_off_or_mounted(string dockerfile) => Lint.Passes("DL3042", dockerfile);

    [Fact]
    public void Underlines_the_pip_command()
    {
        Assert.Equal(["pip install foo==1.0"], Underlined("DL3042", "RUN echo hi && pip install foo==1.0"));
    }
}
