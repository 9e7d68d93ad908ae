// Built without a pom: into the folder named by broadsheet.outputDirectory, and by default into target/site
// under the current folder.
assert !new File(basedir, 'pom.xml').exists() && !new File(basedir, 'site/pom.xml').exists()

['public', 'site/target/site'].each { output ->
    ['index.html', 'en/index.html', 'news/hello/index.html', 'en/news/hello/index.html', 'sitemap.xml'].each {
        assert new File(basedir, "$output/$it").isFile() : "$output/$it was not built"
    }
}
assert !new File(basedir, 'target').exists() : 'the first build wrote into target/ instead of public/'
true
