using CoursePlatform.Linting.Tests.Support;
using static CoursePlatform.Linting.Tests.Rules.PackageRuleTestSupport;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3013Tests
{
    [Theory]
    [InlineData("RUN pip install foo")]
    [InlineData("RUN pip3 install foo")]
    [InlineData("RUN pip3.11 install foo")]
    [InlineData("RUN pipx install black")]
    [InlineData("RUN python -m pip install foo")]
    [InlineData("RUN python3 -m pip install --user foo")]
    [InlineData("RUN pip install foo==1.0 bar")]
    [InlineData("RUN pip install -U pip")]
    [InlineData("RUN pip install --root-user-action=ignore mypkg")]
    [InlineData("RUN pip install --index-url=https://pypi.example.com/simple foo")]
    [InlineData("RUN pip install git+https://github.com/org/repo.git")]
    [InlineData("RUN pip install foo>=1.0")]
    [InlineData("RUN pip install svn+https://svn.example.com/repo/trunk")]
    [InlineData("RUN pip install git+https://github.com/org/read-ext.git#egg=read-ext")]
    [InlineData("RUN python -m pip install --index-url url example")]
    [InlineData("RUN pip install hg+https://hg.example.com/repo")]
    [InlineData("FROM python:3.12\nONBUILD RUN pip install foo")]
    public void Fires_on_an_unpinned_pip_package(string dockerfile) => Lint.Fires("DL3013", dockerfile);

    [Theory]
    [InlineData("RUN pip install foo==1.0")]
    [InlineData("RUN pip install 'foo>=1.0'")]
    [InlineData("RUN pip install 'foo<2'")]
    [InlineData("RUN pip install foo!=1.0")]
    [InlineData("RUN pip install foo~=1.0")]
    [InlineData("RUN pip install foo===1.0")]
    [InlineData("RUN pip install -r requirements.txt")]
    [InlineData("RUN pip install --requirement requirements.txt foo")]
    [InlineData("RUN pip install .")]
    [InlineData("RUN pip install -c constraints.txt foo")]
    [InlineData("RUN pip install --constraint constraints.txt foo")]
    [InlineData("RUN pip install git+https://github.com/org/repo.git@v1.2")]
    [InlineData("RUN pip install hg+https://hg.example.com/repo@v1.2")]
    [InlineData("RUN pip install git+https://github.com/org/r-ext.git@0.6-alpha#egg=r-ext")]
    [InlineData("RUN pip3 install --build /opt/yamllint yamllint==1.20.0")]
    [InlineData("RUN pip3 install --prefix /opt/yamllint yamllint==1.20.0")]
    [InlineData("RUN pip3 install --root /opt/yamllint yamllint==1.20.0")]
    [InlineData("RUN pip3 install --trusted-host host example==1.2.2")]
    [InlineData("RUN pip install --index-url https://user:pass@eg.com/foo --extra-index-url https://user:pass@ex.io/foo foobar==1.0.0")]
    [InlineData("RUN pip install --ignore-installed MySQL_python==1.2.2 --user --disable-pip-version-check")]
    [InlineData("RUN pip install pykafka --constraint http://foo.bar.baz")]
    [InlineData("RUN pip install bzr+https://bzr.example.com/repo@v1.2")]
    [InlineData("RUN pip install foo-1.0-py3-none-any.whl")]
    [InlineData("RUN pip install foo-1.0.tar.gz")]
    [InlineData("RUN pip install foo/bar")]
    [InlineData("RUN pip install https://foo.bar/baz.zip")]
    [InlineData("RUN pipenv install black")]
    [InlineData("RUN python -m pipx install black")]
    [InlineData("RUN pipx install --python \"$(which python)\" \"poetry==1.8.5\"")]
    [InlineData("RUN pip install --no-cache-dir --root-user-action ignore poetry==1.8.5")]
    [InlineData("RUN pip install --index-url https://pypi.example.com/simple foo==1")]
    [InlineData("RUN pip install -i https://pypi.example.com/simple foo==1")]
    [InlineData("RUN pip install --target /opt/site foo==1")]
    [InlineData("RUN pip install -e git+https://github.com/org/repo.git#egg=repo")]
    [InlineData("RUN pip install --upgrade")]
    [InlineData("RUN pip download foo")]
    [InlineData("RUN echo pip install foo")]
    public void Passes_on_pinned_requirement_and_local_installs(string dockerfile) => Lint.Passes("DL3013", dockerfile);

    [Fact]
    public void Reports_once_per_run_on_the_first_unpinned_package()
    {
        Assert.Equal(["bar"], Underlined("DL3013", "RUN pip install foo==1 bar baz && pip install qux"));
    }
}
