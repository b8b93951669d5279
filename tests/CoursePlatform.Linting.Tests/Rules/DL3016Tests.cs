using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3016Tests
{
    [Theory]
    [InlineData("RUN npm install express")]
    [InlineData("RUN npm install --global typescript")]
    [InlineData("RUN npm install -g @angular/cli")]
    [InlineData("RUN npm install express@4 lodash")]
    [InlineData("RUN npm install git+https://github.com/user/repo.git")]
    [InlineData("RUN npm install git://github.com/user/repo.git")]
    [InlineData("RUN npm install --registry=https://registry.example.com express")]
    [InlineData("RUN npm --loglevel warn install express")]
    [InlineData("RUN npm install ${PACKAGE}")]
    [InlineData("RUN cd /app && npm install express")]
    [InlineData("ONBUILD RUN npm install express")]
    public void Fires_on_unpinned_npm_packages(string run) => Lint.Fires("DL3016", "FROM node:20\n" + run);

    [Theory]
    [InlineData("RUN npm install")]
    [InlineData("RUN npm install --production")]
    [InlineData("RUN npm ci")]
    [InlineData("RUN npm i express")]
    [InlineData("RUN npm run --x install")]
    [InlineData("RUN npm install express@4.17.1")]
    [InlineData("RUN npm install express@latest")]
    [InlineData("RUN npm install @angular/cli@17.0.0")]
    [InlineData("RUN npm install git+https://github.com/user/repo.git#v1.0.0")]
    [InlineData("RUN npm install git+ssh://git@github.com:user/repo.git#semver:^1.0")]
    [InlineData("RUN npm install ./local-package")]
    [InlineData("RUN npm install /srv/package")]
    [InlineData("RUN npm install ../sibling")]
    [InlineData("RUN npm install ~/package")]
    [InlineData("RUN npm install package.tgz")]
    [InlineData("RUN npm install https://example.com/package.tar.gz")]
    [InlineData("RUN npm install \"express@>=0.1.0 <0.2.0\"")]
    [InlineData("RUN npm --loglevel warn install express@4")]
    [InlineData("RUN npm --registry https://registry.example.com install express@4")]
    [InlineData("RUN yarn add express")]
    public void Passes_on_pinned_or_local_packages_and_other_subcommands(string run) => Lint.Passes("DL3016", "FROM node:20\n" + run);

    [Fact]
    public void Underlines_the_unpinned_package()
    {
        var finding = Assert.Single(Lint.Of("DL3016", "FROM node:20\nRUN npm install express@4 lodash"));
        Assert.Equal((2, 27, 2, 33), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
