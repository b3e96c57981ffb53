"""Writes the HTML corpus: NN_theme.html and NN_theme.expected.json per page (the golden .txt files are
written by the tests: HtmlCorpusTests writes NAME.received.txt beside a missing or different golden file).

    python3 tests/ArticleParser.Html.Tests/Corpus/tools/make_corpus.py

Each page reproduces the markup pattern of one CMS theme (class names, nesting, where the image, the
title, the excerpt and the meta line stand), with page chrome around the cards: navigation, a cookie or
newsletter banner, a sidebar, pagination and a footer. The prose is in stories.py; the seeds page takes
the five seed listings' own entries from ../../../../shared-seeds (a copy of /work/shared/corpus/seeds
in tests/ArticleParser.Tests/Corpus/seeds)."""
import html, json, os, random, glob
from stories import STORIES, AUTHORS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEEDS = os.path.join(OUT, "..", "..", "ArticleParser.Tests", "Corpus", "seeds")
e = html.escape

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

def date_long(d, m, y=2024): return f"{MONTHS[m-1]} {d}, {y}"
def date_short(d, m, y=2024): return f"{MONTHS[m-1][:3]} {d}, {y}"
def date_dmy(d, m, y=2024): return f"{d} {MONTHS[m-1]} {y}"
def date_iso(d, m, y=2024): return f"{y}-{m:02d}-{d:02d}"

class Item:
    def __init__(self, story, author, day, month, image=True):
        self.alt, self.headline, self.teaser = story
        self.author, self.day, self.month = author, day, month
        self.image = image
        self.slug = self.headline.lower().replace(" ", "-").replace("'", "")[:40]
        self.iso = date_iso(day, month)
    def caption(self): return self.alt if self.image else None

def items_for(seed, count, image_every=1, no_image=()):
    rng = random.Random(seed)
    stories = rng.sample(STORIES, count)
    out = []
    for i, s in enumerate(stories):
        out.append(Item(s, rng.choice(AUTHORS), 28 - i * 2 if i < 13 else 1 + i, 3 if i < 13 else 2, image=(i not in no_image)))
    return out

def attrs(*pairs): return "".join(f' {k}="{v}"' for k, v in pairs)

def img(item, cls="", extra=""):
    if not item.image: return ""
    c = f' class="{cls}"' if cls else ""
    return f'<img{c} src="/media/{item.slug}.jpg" alt="{e(item.alt)}" width="600" height="400"{extra}>'

def chrome_top(site, tagline, nav, banner=None, skip=True):
    links = "".join(f'<li class="menu-item"><a href="/{n.lower().replace(" ", "-")}/">{e(n)}</a></li>' for n in nav)
    parts = []
    if skip: parts.append('<a class="skip-link screen-reader-text" href="#content">Skip to content</a>')
    if banner: parts.append(banner)
    parts.append(f'<header class="site-header"><div class="site-branding"><p class="site-title"><a href="/">{e(site)}</a></p>'
                 f'<p class="site-description">{e(tagline)}</p></div>'
                 f'<nav class="main-navigation" aria-label="Primary"><button class="menu-toggle">Menu</button><ul class="menu">{links}</ul></nav></header>')
    return "\n".join(parts)

COOKIE = ('<div id="cookie-notice" class="cookie-banner" role="dialog"><p>We use cookies to count visits and remember your settings.'
          ' <a href="/privacy/">Privacy policy</a></p><button type="button">Accept</button></div>')
SUBSCRIBE = ('<div class="newsletter-box"><h3>Get the morning briefing</h3><p>One email a day with the stories that matter here.</p>'
             '<form action="/subscribe" method="post"><input type="email" name="email" placeholder="Your email"><button>Subscribe</button></form></div>')

def sidebar(titles):
    lis = "".join(f'<li><a href="/{i}/">{e(t)}</a></li>' for i, t in enumerate(titles))
    return (f'<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{lis}</ul></section>'
            '<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li><a href="/c/local/">Local</a></li><li><a href="/c/environment/">Environment</a></li><li><a href="/c/transport/">Transport</a></li></ul></section></aside>')

def footer(site):
    return (f'<footer class="site-footer"><div class="site-info">© 2024 {e(site)}. All rights reserved.</div>'
            '<nav class="footer-navigation"><ul><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy</a></li></ul></nav></footer>')

def doc(title, body, lang="en", head_extra=""):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{e(title)}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="stylesheet" href="/style.css">\n'
            f'<style>.screen-reader-text{{position:absolute;clip:rect(1px,1px,1px,1px)}}</style>\n{head_extra}'
            f'<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>\n</head>\n{body}\n</html>\n')

def expected(items, byline=True, published=True, date_fmt=date_long, teaser=True, caption=True):
    return [{"imageCaption": i.caption() if caption else None, "headline": i.headline, "teaser": i.teaser if teaser else None,
             "byline": i.author if byline else None, "published": date_fmt(i.day, i.month) if published else None} for i in items]

PAGES = {}
def page(name):
    def register(f):
        PAGES[name] = f
        return f
    return register

# ---------------------------------------------------------------- WordPress
@page("wordpress-twentytwentyone")
def _(seed):
    items = items_for(seed, 7, no_image=(3,))
    cards = "\n".join(f'''<article id="post-{100+n}" class="post-{100+n} post type-post status-publish format-standard {"has-post-thumbnail " if i.image else ""}hentry category-local entry">
<header class="entry-header"><h2 class="entry-title default-max-width"><a href="/{i.slug}/">{e(i.headline)}</a></h2></header>
{f'<figure class="post-thumbnail"><a class="post-thumbnail-inner alignwide" href="/{i.slug}/" aria-hidden="true" tabindex="-1">{img(i, "attachment-post-thumbnail size-post-thumbnail wp-post-image")}</a></figure>' if i.image else ''}
<div class="entry-content"><p>{e(i.teaser)}</p></div>
<footer class="entry-footer default-max-width"><span class="posted-on">Published <time class="entry-date published updated" datetime="{i.iso}T09:00:00+00:00">{date_long(i.day, i.month)}</time></span><span class="byline">By <a href="/author/{n}/">{e(i.author)}</a></span></footer>
</article>''' for n, i in enumerate(items))
    body = f'''<body class="blog wp-embed-responsive">
<div id="page" class="site">{chrome_top("Harbour Town Notes", "News from the quay and the hills", ["Home", "Local", "Sport", "About"], COOKIE)}
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
{cards}
<nav class="navigation pagination" aria-label="Posts"><h2 class="screen-reader-text">Posts navigation</h2><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span> <a class="page-numbers" href="/page/2/">2</a> <a class="next page-numbers" href="/page/2/">Older posts</a></div></nav>
</main></div></div>
{footer("Harbour Town Notes")}</div>
<script src="/wp-includes/js/wp-embed.min.js"></script></body>'''
    # The byline line "Published March 26, 2024By Ana" would glue without the rule; the parser reads the meta line.
    return doc("Harbour Town Notes", body), expected(items)

@page("wordpress-astra")
def _(seed):
    items = items_for(seed, 6)
    cards = "\n".join(f'''<article class="post-{200+n} post type-post status-publish format-standard has-post-thumbnail hentry category-news ast-article-post" id="post-{200+n}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- blog-layout-1 ast-no-date-box"><div class="post-content ast-grid-common-col">
<div class="ast-blog-featured-section post-thumb ast-grid-common-col ast-float"><div class="post-thumb-img-content post-thumb"><a href="/{i.slug}/">{img(i, "attachment-large size-large wp-post-image")}</a></div></div>
<header class="entry-header"><h2 class="entry-title" itemprop="headline"><a href="/{i.slug}/" rel="bookmark">{e(i.headline)}</a></h2>
<div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by {e(i.author)}" href="/author/{n}/" class="url fn n" rel="author" itemprop="url"><span class="author-name" itemprop="name">{e(i.author)}</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">{date_long(i.day, i.month)}</span></span></div></header>
<div class="ast-excerpt-container ast-blog-single-element"><p>{e(i.teaser)}</p></div>
<p class="ast-blog-single-element ast-read-more-container read-more"><a class="" href="/{i.slug}/">Read More »<span class="screen-reader-text">{e(i.headline)}</span></a></p>
</div></div></article>''' for n, i in enumerate(items))
    body = f'''<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="archive category ast-separate-container">
<div class="hfeed site" id="page">{chrome_top("Valley Cycling Club", "Rides, races and repairs", ["Home", "Rides", "Club", "Join"])}
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<section class="ast-archive-description"><h1 class="page-title ast-archive-title">Category: News</h1></section>
<main id="main" class="site-main"><div class="ast-row">
{cards}
</div></main>
<div class="ast-pagination"><nav class="navigation pagination"><div class="nav-links"><span class="page-numbers current">1</span><a class="page-numbers" href="/page/2/">2</a><a class="next page-numbers" href="/page/2/">Next Page »</a></div></nav></div>
</div>{sidebar(["Spring rides calendar", "How to fix a puncture"])}</div></div>
{footer("Valley Cycling Club")}</div></body>'''
    return doc("News - Valley Cycling Club", body), expected(items)

@page("wordpress-genesis")
def _(seed):
    items = items_for(seed, 6, no_image=(2, 5))
    cards = "\n".join(f'''<article class="post-{300+n} post type-post status-publish format-standard entry" aria-label="{e(i.headline)}">
<header class="entry-header"><h2 class="entry-title"><a class="entry-title-link" rel="bookmark" href="/{i.slug}/">{e(i.headline)}</a></h2>
<p class="entry-meta"><time class="entry-time">{date_long(i.day, i.month)}</time> by <span class="entry-author"><a href="/author/{n}/" class="entry-author-link" rel="author"><span class="entry-author-name">{e(i.author)}</span></a></span></p></header>
<div class="entry-content">{f'<a class="entry-image-link" href="/{i.slug}/" aria-hidden="true" tabindex="-1">{img(i, "alignleft post-image entry-image")}</a>' if i.image else ''}<p>{e(i.teaser)}</p><p><a href="/{i.slug}/" class="more-link">Read more<span class="screen-reader-text"> about {e(i.headline)}</span></a></p></div>
<footer class="entry-footer"></footer></article>''' for n, i in enumerate(items))
    body = f'''<body class="home blog header-full-width content-sidebar genesis-breadcrumbs-hidden">
<div class="site-container"><ul class="genesis-skip-link"><li><a href="#genesis-content" class="screen-reader-shortcut">Skip to main content</a></li></ul>
{chrome_top("The Orchard Gazette", "Growing news since 1998", ["Home", "Growers", "Markets", "Events"], skip=False)}
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
{cards}
<div class="archive-pagination pagination" role="navigation" aria-label="Pagination"><ul><li class="active"><a href="/" aria-current="page">1</a></li><li><a href="/page/2/">2</a></li><li class="pagination-next"><a href="/page/2/">Next Page »</a></li></ul></div>
</main>{sidebar(["Pruning in late winter", "Cider makers meet"])}</div></div>
{footer("The Orchard Gazette")}</div></body>'''
    return doc("The Orchard Gazette", body), expected(items)

@page("wordpress-generatepress")
def _(seed):
    items = items_for(seed, 6, no_image=(0,))
    cards = "\n".join(f'''<article id="post-{400+n}" class="post-{400+n} post type-post status-publish format-standard hentry category-transport" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">{f'<div class="post-image"><a href="/{i.slug}/">{img(i, "attachment-full size-full wp-post-image", attrs(("itemprop", "image")))}</a></div>' if i.image else ''}
<header class="entry-header"><h2 class="entry-title" itemprop="headline"><a href="/{i.slug}/" rel="bookmark">{e(i.headline)}</a></h2>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{i.iso}" itemprop="datePublished">{date_long(i.day, i.month)}</time></span> <span class="byline">by <span class="author vcard" itemprop="author"><a class="url fn n" href="/author/{n}/" rel="author"><span class="author-name" itemprop="name">{e(i.author)}</span></a></span></span></div></header>
<div class="entry-summary" itemprop="text"><p>{e(i.teaser)}</p></div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/c/transport/" rel="category tag">Transport</a></span></footer>
</div></article>''' for n, i in enumerate(items))
    body = f'''<body class="blog right-sidebar nav-float-right separate-containers" itemtype="https://schema.org/Blog" itemscope>
{chrome_top("Rail and Road", "Getting around the district", ["Home", "Buses", "Trains", "Cycling"])}
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main" id="main">
{cards}
<nav id="nav-below" class="paging-navigation" aria-label="Archive Page"><div class="nav-previous"><a href="/page/2/">Older posts</a></div></nav>
</main></div>{sidebar(["Timetable changes explained", "Night buses return"])}</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site"><div class="inside-site-info grid-container"><div class="copyright-bar">© 2024 Rail and Road • Built with GeneratePress</div></div></footer></div></body>'''
    return doc("Rail and Road", body), expected(items)

@page("wordpress-latest-posts-block")
def _(seed):
    items = items_for(seed, 6)
    lis = "\n".join(f'''<li><div class="wp-block-latest-posts__featured-image alignleft"><a href="/{i.slug}/">{img(i, "attachment-thumbnail size-thumbnail wp-post-image")}</a></div><a class="wp-block-latest-posts__post-title" href="/{i.slug}/">{e(i.headline)}</a><div class="wp-block-latest-posts__post-author">by {e(i.author)}</div><time datetime="{i.iso}T08:30:00+00:00" class="wp-block-latest-posts__post-date">{date_long(i.day, i.month)}</time><div class="wp-block-latest-posts__post-excerpt">{e(i.teaser)}</div></li>''' for i in items)
    body = f'''<body class="home page-template-default page wp-embed-responsive">
<div class="wp-site-blocks">{chrome_top("Hillside Parish News", "What is on in the parish", ["Home", "Church", "School", "Clubs"], COOKIE)}
<main class="wp-block-group"><h1 class="wp-block-heading">Latest from the parish</h1>
<ul class="wp-block-latest-posts__list has-dates has-author wp-block-latest-posts">
{lis}
</ul>
{SUBSCRIBE}</main>
{footer("Hillside Parish News")}</div></body>'''
    return doc("Hillside Parish News", body), expected(items)

@page("wordpress-elementor")
def _(seed):
    items = items_for(seed, 6)
    cards = "\n".join(f'''<article class="elementor-post elementor-grid-item post-{500+n} post type-post status-publish format-standard has-post-thumbnail hentry category-community">
<a class="elementor-post__thumbnail__link" href="/{i.slug}/" tabindex="-1"><div class="elementor-post__thumbnail elementor-fit-height">{img(i, "attachment-medium_large size-medium_large wp-image-{n}")}</div></a>
<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/{i.slug}/">{e(i.headline)}</a></h3>
<div class="elementor-post__meta-data"><span class="elementor-post-author">{e(i.author)}</span><span class="elementor-post-date">{date_long(i.day, i.month)}</span></div>
<div class="elementor-post__excerpt"><p>{e(i.teaser)}</p></div>
<a class="elementor-post__read-more" href="/{i.slug}/" aria-label="Read more about {e(i.headline)}" tabindex="-1">Read More »</a></div></article>''' for n, i in enumerate(items))
    body = f'''<body class="home page-template elementor-default elementor-kit-5 elementor-page">
<div data-elementor-type="header" class="elementor elementor-location-header">{chrome_top("Riverside Community Trust", "People, places and projects", ["Home", "Projects", "Volunteer", "Donate"])}</div>
<div data-elementor-type="wp-page" class="elementor elementor-12"><section class="elementor-section elementor-top-section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Community news</h2></div></div>
<div class="elementor-element elementor-grid-3 elementor-widget elementor-widget-posts"><div class="elementor-widget-container"><div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">
{cards}
</div></div></div></div></div></div></section></div>
{footer("Riverside Community Trust")}</body>'''
    # The meta data line is "Author Date" as the theme prints it: two spans with no space between them.
    return doc("Riverside Community Trust", body), expected(items)

@page("wordpress-newspaper-tagdiv")
def _(seed):
    items = items_for(seed, 7)
    cards = "\n".join(f'''<div class="td_module_flex td_module_flex_1 td_module_wrap td-animation-stack"><div class="td-module-container td-category-pos-above">
<div class="td-image-container"><div class="td-module-thumb"><a href="/{i.slug}/" rel="bookmark" class="td-image-wrap" title="{e(i.headline)}">{img(i, "entry-thumb")}</a></div></div>
<div class="td-module-meta-info"><h3 class="entry-title td-module-title"><a href="/{i.slug}/" rel="bookmark" title="{e(i.headline)}">{e(i.headline)}</a></h3>
<div class="td-editor-date"><span class="td-author-date"><span class="td-post-author-name"><a href="/author/{n}/">{e(i.author)}</a> <span>-</span> </span><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{i.iso}T07:15:00+00:00">{date_long(i.day, i.month)}</time></span></span></div>
<div class="td-excerpt">{e(i.teaser)}</div></div></div></div>''' for n, i in enumerate(items))
    body = f'''<body class="home page-template-default td-standard-pack global-block-template-1 td-full-layout">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap"><div class="td-header-template-wrap">{chrome_top("The Northern Ledger", "Independent regional news", ["Home", "News", "Business", "Culture", "Sport"], COOKIE)}</div>
<div class="td-main-content-wrap td-main-page-wrap td-container-wrap"><div class="tdc-content-wrap"><div class="tdc-row"><div class="vc_row"><div class="vc_column"><div class="wpb_wrapper">
<div class="td_block_wrap td_flex_block_1 td_block_template_1"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>Latest News</span></h4></div>
<div class="td_block_inner td-mc1-wrap">
{cards}
</div><div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" aria-label="prev-page"><i class="td-next-prev-icon td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page" aria-label="next-page"><i class="td-next-prev-icon td-icon-font td-icon-menu-right"></i></a></div></div>
</div></div></div></div></div></div>
{footer("The Northern Ledger")}</div></body>'''
    return doc("The Northern Ledger", body), expected(items)

@page("wordpress-twentytwentyfour-query-loop")
def _(seed):
    items = items_for(seed, 6, no_image=(4,))
    lis = "\n".join(f'''<li class="wp-block-post post-{600+n} post type-post status-publish format-standard hentry category-arts">
<div class="wp-block-group">{f'<figure style="aspect-ratio:3/2;" class="wp-block-post-featured-image"><a href="/{i.slug}/" target="_self">{img(i, "attachment-post-thumbnail size-post-thumbnail wp-post-image", attrs(("style", "width:100%;height:100%;object-fit:cover;")))}</a></figure>' if i.image else ''}
<h2 class="wp-block-post-title has-x-large-font-size"><a href="/{i.slug}/" target="_self">{e(i.headline)}</a></h2>
<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{e(i.teaser)}</p></div>
<div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="{i.iso}T10:00:00+00:00"><a href="/{i.slug}/">{date_short(i.day, i.month)}</a></time></div><p class="has-contrast-2-color">—</p><p>by</p><div class="wp-block-post-author-name"><a href="/author/{n}/" target="_self" class="wp-block-post-author-name__link">{e(i.author)}</a></div></div>
</div></li>''' for n, i in enumerate(items))
    body = f'''<body class="home blog wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide"><p class="wp-block-site-title"><a href="/" rel="home">Stage Door Journal</a></p>
<nav class="is-responsive wp-block-navigation" aria-label="Header navigation"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/theatre/"><span class="wp-block-navigation-item__label">Theatre</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/music/"><span class="wp-block-navigation-item__label">Music</span></a></li></ul></nav></div></header>
<main class="wp-block-group"><h1 class="alignwide wp-block-heading">Arts and culture</h1>
<div class="wp-block-query alignwide"><ul class="columns-3 alignwide wp-block-post-template is-layout-grid">
{lis}
</ul><nav class="alignwide wp-block-query-pagination" aria-label="Pagination"><a href="/page/2/" class="wp-block-query-pagination-next">Older Posts</a></nav></div></main>
<footer class="wp-block-template-part"><div class="wp-block-group"><p class="has-small-font-size">Designed with WordPress</p></div></footer></div></body>'''
    return doc("Stage Door Journal", body), expected(items, date_fmt=date_short)

@page("wordpress-magazine-list")
def _(seed):
    items = items_for(seed, 7, no_image=(6,))
    lis = "\n".join(f'''<li class="post-item post-{700+n} post type-post status-publish format-standard tie-standard">
{f'<a aria-label="{e(i.headline)}" href="/{i.slug}/" class="post-thumb">{img(i, "attachment-jannah-image-large size-jannah-image-large wp-post-image")}</a>' if i.image else ''}
<div class="post-details"><div class="post-meta clearfix"><span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper meta-author-1"><span class="meta-author"><a href="/author/{n}/" class="author-name tie-icon" title="{e(i.author)}">{e(i.author)}</a></span></span></span><span class="date meta-item tie-icon">{date_long(i.day, i.month)}</span></div>
<h2 class="post-title"><a href="/{i.slug}/">{e(i.headline)}</a></h2>
<p class="post-excerpt">{e(i.teaser)}</p>
<a class="more-link button" href="/{i.slug}/">Read More »</a></div></li>''' for n, i in enumerate(items))
    body = f'''<body id="tie-body" class="home blog wrapper-has-shadow block-head-1 magazine2">
<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">
<div class="top-nav-boxed"><div class="topbar-today-date">Thursday, March 28, 2024</div></div>
{chrome_top("Coast and Country", "The weekly magazine of the coast", ["Home", "Coast", "Country", "Food", "Travel"])}
<div id="content" class="site-content container"><div class="tie-row main-content-row"><div class="main-content tie-col-md-8" role="main">
<div class="mag-box wide-post-box"><div class="container-wrapper"><div class="mag-box-container clearfix"><ul id="posts-container" class="posts-items">
{lis}
</ul><div class="pages-nav"><ul class="pages-numbers"><li class="the-prev-page"></li><li class="the-next-page"><a href="/page/2/">»</a></li></ul></div></div></div></div></div>
{sidebar(["Tide tables for April", "Best coastal walks"])}</div></div>
{footer("Coast and Country")}</div></div></div></body>'''
    return doc("Coast and Country", body), expected(items)

@page("wordpress-german")
def _(seed):
    de = [("Rote Milane über dem Tal", "Rotmilane kehren in das nördliche Tal zurück", "Ehrenamtliche zählten in diesem Frühjahr vierzig Brutpaare, so viele wie nie seit Beginn der Zählungen im Landkreis."),
          ("Alte Mühle am Fluss", "Gemeinderat stimmt für die Bibliothek in der alten Mühle", "Die leerstehende Mühle am Fluss wird nach einer knappen Abstimmung am Dienstagabend zur neuen Stadtbibliothek."),
          ("Fähre im Morgenlicht", "Neuer Fahrplan für die Fähre ab April", "Zwei Überfahrten am Morgen kommen hinzu, die letzte Fahrt am Abend verschiebt sich auf halb elf."),
          ("Blühende Apfelbäume", "Obstbauern erwarten eine frühe Ernte", "Der warme März hat die Blüte um fast drei Wochen verfrüht, und die Betriebe suchen schon jetzt Erntehelfer."),
          ("Kinder in einer Schulbücherei", "Grundschulen verlängern die Lesestunde", "Die zusätzliche halbe Stunde am Morgen zeigt Wirkung: Mehr Kinder leihen sich Bücher für zu Hause aus."),
          ("Radweg durch Felder", "Neuer Radweg verbindet die beiden Marktgemeinden", "Die elf Kilometer lange Strecke folgt der alten Bahntrasse und wird Ende des Monats für Fußgänger und Radfahrer freigegeben.")]
    months_de = ["Januar", "Februar", "März", "April"]
    rng = random.Random(seed)
    rows = []
    for n, (alt, h, t) in enumerate(de):
        a = rng.choice(AUTHORS); d = 27 - n * 3
        rows.append((alt, h, t, a, f"{d}. März 2024", f"2024-03-{d:02d}"))
    cards = "\n".join(f'''<article id="post-{800+n}" class="post-{800+n} post type-post status-publish format-standard has-post-thumbnail hentry category-lokales">
<div class="post-thumbnail"><img src="/bild{n}.jpg" alt="{e(alt)}"></div>
<header class="entry-header"><h2 class="entry-title"><a href="/p{n}/">{e(h)}</a></h2><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso}">{ds}</time></span> <span class="byline">von <span class="author vcard"><a href="/autor/{n}/">{e(a)}</a></span></span></div></header>
<div class="entry-summary"><p>{e(t)}</p></div>
<a class="more-link" href="/p{n}/">Weiterlesen</a></article>''' for n, (alt, h, t, a, ds, iso) in enumerate(rows))
    body = f'''<body class="home blog">
<div id="page" class="site">{chrome_top("Kreisbote Nord", "Nachrichten aus dem Landkreis", ["Start", "Lokales", "Sport", "Kontakt"], '<div class="cookie-banner"><p>Diese Website verwendet Cookies. <a href="/datenschutz/">Datenschutz</a></p></div>')}
<main id="main" class="site-main">
{cards}
<nav class="navigation posts-navigation"><div class="nav-links"><div class="nav-previous"><a href="/page/2/">Ältere Beiträge</a></div></div></nav></main>
<footer class="site-footer"><div class="site-info">© 2024 Kreisbote Nord · Impressum · Datenschutz</div></footer></div></body>'''
    exp = [{"imageCaption": alt, "headline": h, "teaser": t, "byline": a, "published": ds} for (alt, h, t, a, ds, iso) in rows]
    return doc("Kreisbote Nord", body, lang="de"), exp

# ---------------------------------------------------------------- Joomla
@page("joomla4-blog")
def _(seed):
    items = items_for(seed, 6, no_image=(1,))
    cards = "\n".join(f'''<div class="blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
{f'<figure class="left item-image">{img(i, "", attrs(("itemprop", "thumbnailUrl")))}</figure>' if i.image else ''}
<div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="/blog/{i.slug}" itemprop="url">{e(i.headline)}</a></h2></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Written by: <span itemprop="name">{e(i.author)}</span></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{i.iso}T10:00:00+00:00" itemprop="datePublished">Published: {date_dmy(i.day, i.month)}</time></dd></dl>
<p>{e(i.teaser)}</p>
<p class="readmore"><a class="btn btn-secondary" href="/blog/{i.slug}" aria-label="Read more: {e(i.headline)}"><span class="icon-chevron-right" aria-hidden="true"></span> Read more …</a></p>
</div></div>''' for i in items)
    body = f'''<body class="site com_content view-category layout-blog no-task itemid-101">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="Lakeside Rowing Club">Lakeside Rowing Club</span></a><div class="site-description">On the water since 1921</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu"><ul class="mod-menu mod-list nav "><li class="nav-item item-101 default current active"><a href="/" aria-current="page">Home</a></li><li class="nav-item item-102"><a href="/crews">Crews</a></li><li class="nav-item item-103"><a href="/regattas">Regattas</a></li></ul></nav></div></header>
<div class="site-grid"><div class="grid-child container-component"><main>
<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog"><h1>Club News</h1>
<div class="com-content-category-blog__items blog-items ">
{cards}
</div><div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter counter float-end pt-3 pe-2">Page 1 of 3</p><nav class="pagination__wrapper" aria-label="Pagination"><ul class="pagination ms-0 mb-4"><li class="active page-item"><a aria-current="true" href="#" class="page-link">1</a></li><li class="page-item"><a href="/?start=6" class="page-link">2</a></li><li class="page-item"><a href="/?start=6" class="page-link">Next</a></li></ul></nav></div></div>
</main></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer">Copyright © 2024 Lakeside Rowing Club. All Rights Reserved.</div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a></body>'''
    exp = expected(items, date_fmt=lambda d, m: "Published: " + date_dmy(d, m))
    return doc("Club News", body), exp

@page("joomla3-protostar")
def _(seed):
    items = items_for(seed, 6)
    def item(n, i):
        return f'''<div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="/index.php/news/{n}-{i.slug}" itemprop="url">{e(i.headline)}</a></h2></div>
<dl class="article-info muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by <span itemprop="name">{e(i.author)}</span></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{i.iso}T12:00:00+00:00" itemprop="datePublished">Published: {date_dmy(i.day, i.month)}</time></dd></dl>
<div class="pull-left item-image">{img(i, "", attrs(("itemprop", "thumbnailUrl")))}</div>
<p>{e(i.teaser)}</p>
<p class="readmore"><a class="btn" href="/index.php/news/{n}-{i.slug}" itemprop="url"><span class="icon-chevron-right" aria-hidden="true"></span> Read more ...</a></p></div>'''
    leading = f'<div class="items-leading clearfix"><div class="leading-0" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">{item(0, items[0])[item(0, items[0]).index(">")+1:]}</div>'
    rows = "\n".join(f'<div class="items-row cols-1 row-{n} row-fluid clearfix"><div class="span12">{item(n + 1, i)}</div></div>' for n, i in enumerate(items[1:]))
    body = f'''<body class="site com_content view-category layout-blog no-task itemid-435">
<div class="body" id="top"><div class="container"><header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title" title="Fenland Bird Watch">Fenland Bird Watch</span></a>
<div class="header-search pull-right"><form action="/index.php" method="post" class="form-inline"><label for="mod-search-searchword">Search ...</label><input name="searchword" id="mod-search-searchword" type="search" placeholder="Search ..."></form></div></div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list"><li class="item-101"><a href="/">Home</a></li><li class="item-435 current active"><a href="/index.php/news">News</a></li><li class="item-436"><a href="/index.php/sightings">Sightings</a></li></ul></nav>
<div class="row-fluid"><main id="content" role="main" class="span9"><div id="system-message-container"></div>
<div class="blog" itemscope itemtype="https://schema.org/Blog">
{leading}</div>
{rows}
<div class="pagination"><p class="counter pull-right">Page 1 of 4</p><ul><li class="pagination-start"><span class="pagenav">Start</span></li><li class="pagination-prev"><span class="pagenav">Prev</span></li><li><span class="pagenav">1</span></li><li><a href="/index.php/news?start=6" class="pagenav">2</a></li><li class="pagination-next"><a title="Next" href="/index.php/news?start=6" class="hasTooltip pagenav">Next</a></li><li class="pagination-end"><a title="End" href="/index.php/news?start=18" class="hasTooltip pagenav">End</a></li></ul></div>
</div></main>
<div id="aside" class="span3"><div class="well "><h3 class="page-header">Latest sightings</h3><ul class="latestnews mod-list"><li itemscope itemtype="https://schema.org/Article"><a href="/s/1" itemprop="url"><span itemprop="name">Marsh harrier over the reed bed</span></a></li><li><a href="/s/2">Bittern booming at dusk</a></li></ul></div></div></div></div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr><p class="pull-right"><a href="#top" id="back-top">Back to Top</a></p><p>© 2024 Fenland Bird Watch</p></div></footer></body>'''
    exp = expected(items, date_fmt=lambda d, m: "Published: " + date_dmy(d, m))
    return doc("News", body), exp

@page("joomla-k2-seeds")
def _(seed):
    entries = []
    for path in sorted(glob.glob(os.path.join(SEEDS, "*.expected.json"))):
        with open(path, encoding="utf-8") as f:
            entries += json.load(f)["entries"]
    def card(n, x):
        image = (f'<div class="catItemImageBlock"><span class="catItemImage"><a href="/articles/{n}" title="{e(x["headline"])}">'
                 f'<img src="/media/k2/items/cache/{n:04d}_M.jpg" alt="{e(x["imageCaption"])}" style="width:270px; height:auto;"></a></span><div class="clr"></div></div>'
                 if x["imageCaption"] else '')
        return f'''<div class="itemContainer itemContainerLast" style="width:100.0%;"><div class="catItemView groupLeading">
{image}
<div class="catItemHeader"><h3 class="catItemTitle"><a href="/articles/{n}">{e(x["headline"])}</a></h3></div>
<div class="catItemBody"><div class="catItemIntroText"><p>{e(x["teaser"])}</p></div><div class="clr"></div></div>
<div class="clr"></div></div></div>'''
    cards = "\n".join(card(n, x) for n, x in enumerate(entries))
    body = f'''<body id="bd" class="fs3 com_k2 view-itemlist">
<div id="ja-wrapper"><div id="ja-header" class="wrap"><div class="main"><h1 class="logo"><a href="/" title="Workers' Review"><span>Workers' Review</span></a></h1>
<div id="ja-mainnav"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/theory">Theory</a></li><li><a href="/history">History</a></li><li><a href="/donate">Donate</a></li></ul></div></div></div>
<div id="ja-container" class="wrap"><div id="ja-main"><div id="k2Container" class="itemListView">
<div class="itemList"><div id="itemListLeading">
{cards}
<div class="clr"></div></div></div>
<div class="k2Pagination"><ul><li class="pagination-start"><span class="pagenav">Start</span></li><li class="pagination-next"><a title="Next" href="/?start=60" class="pagenav">Next</a></li></ul><div class="clr"></div>Page 1 of 40</div>
</div></div>
<div id="ja-right"><div class="moduletable"><h3>Join the fight</h3><div class="custom"><p><a href="/join">Join us</a></p></div></div></div></div>
<div id="ja-footer" class="wrap"><div class="main clearfix"><small>Copyright © 2024 Workers' Review. All rights reserved.</small></div></div></div></body>'''
    exp = [{"imageCaption": x["imageCaption"], "headline": x["headline"], "teaser": x["teaser"], "byline": None, "published": None} for x in entries]
    return doc("Workers' Review", body), exp

# ---------------------------------------------------------------- Drupal
@page("drupal-views-grid")
def _(seed):
    items = items_for(seed, 6, no_image=(5,))
    rows = "\n".join(f'''<div class="views-row"><div class="views-field views-field-field-image"><div class="field-content">{f'<a href="/node/{900+n}" hreflang="en">{img(i, "image-style-medium", attrs(("loading", "lazy")))}</a>' if i.image else ''}</div></div>
<div class="views-field views-field-title"><span class="field-content"><a href="/node/{900+n}" hreflang="en">{e(i.headline)}</a></span></div>
<div class="views-field views-field-created"><span class="field-content"><time datetime="{i.iso}T09:12:00Z">{date_dmy(i.day, i.month)}</time></span></div>
<div class="views-field views-field-body"><div class="field-content"><p>{e(i.teaser)}</p></div></div>
<div class="views-field views-field-view-node"><span class="field-content"><a href="/node/{900+n}" hreflang="en">Read more</a></span></div></div>''' for n, i in enumerate(items))
    body = f'''<body class="path-frontpage page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"></a><div class="site-name"><a href="/" rel="home">County Heritage Trust</a></div><div class="site-slogan">Caring for old places</div></div></div></header>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu"><li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/visit">Visit</a></li><li class="menu-item"><a href="/support-us">Support us</a></li></ul></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div class="views-element-container block block-views"><h2>Latest news</h2><div><div class="view view-news view-id-news view-display-id-page_1"><div class="view-content">
{rows}
</div><nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4><ul class="pager__items js-pager__items"><li class="pager__item is-active">Page 1</li><li class="pager__item pager__item--next"><a href="?page=1" title="Go to next page" rel="next"><span class="visually-hidden">Next page</span><span aria-hidden="true">Next ›</span></a></li></ul></nav></div></div></div>
</div></div></main>
<footer role="contentinfo"><div class="region region-footer"><div id="block-footer" class="block"><p>County Heritage Trust is a registered charity.</p></div></div></footer></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/"}}}}</script></body>'''
    return doc("County Heritage Trust", body), expected(items, byline=False, date_fmt=date_dmy)

@page("drupal-olivero-teasers")
def _(seed):
    items = items_for(seed, 6, no_image=(2,))
    rows = "\n".join(f'''<div class="views-row"><article data-history-node-id="{950+n}" role="article" class="node node--type-article node--promoted node--view-mode-teaser text-content">
<header class="node__header"><h2 class="node__title"><a href="/node/{950+n}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{e(i.headline)}</span></a></h2>
<div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>{e(i.author)}</span></span></span>, <span class="field field--name-created field--type-created field--label-hidden"><time datetime="{i.iso}T11:00:00+00:00" title="{date_dmy(i.day, i.month)}">{date_dmy(i.day, i.month)}</time></span></div></header>
<div class="node__content">{f'<div class="field field--name-field-image field--type-image field--label-hidden field__item"><a href="/node/{950+n}">{img(i, "image-style-large")}</a></div>' if i.image else ''}
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{e(i.teaser)}</p></div>
<div class="node__links"><ul class="links inline"><li class="node-readmore"><a href="/node/{950+n}" rel="tag" title="{e(i.headline)}" hreflang="en">Read more<span class="visually-hidden"> about {e(i.headline)}</span></a></li></ul></div></div></article></div>''' for n, i in enumerate(items))
    body = f'''<body class="path-frontpage">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__inner"><div class="site-header__inner__container container">
<div id="block-olivero-site-branding" class="site-branding"><div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Moorland Rescue Volunteers</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"><button class="mobile-nav-button" aria-label="Main Menu" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"><li class="primary-nav__menu-item"><a href="/" class="primary-nav__menu-link">Home</a></li><li class="primary-nav__menu-item"><a href="/callouts" class="primary-nav__menu-link">Callouts</a></li><li class="primary-nav__menu-item"><a href="/safety" class="primary-nav__menu-link">Safety advice</a></li></ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div class="views-element-container"><div class="view view-frontpage view-id-frontpage view-display-id-page_1">
<div class="view-content">
{rows}
</div><nav class="pager" aria-labelledby="pagination-heading" role="navigation"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4><ul class="pager__items"><li class="pager__item pager__item--control pager__item--next"><a href="?page=1" class="pager__link" title="Go to next page" rel="next"><span class="visually-hidden">Next page</span>Next</a></li></ul></nav></div></div></div>
</div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom"><div class="block"><div class="block__content"><p>Moorland Rescue Volunteers · Call 999 and ask for mountain rescue</p></div></div></div></div></footer></div></div></div></body>'''
    return doc("Moorland Rescue Volunteers", body), expected(items, date_fmt=date_dmy)

@page("drupal7-bartik")
def _(seed):
    items = items_for(seed, 6)
    nodes = "\n".join(f'''<div id="node-{40+n}" class="node node-article node-promoted node-teaser clearfix" about="/node/{40+n}" typeof="sioc:Item foaf:Document">
<h2><a href="/node/{40+n}">{e(i.headline)}</a></h2>
<div class="meta submitted"><span property="dc:date dc:created" content="{i.iso}T10:15:00+00:00" datatype="xsd:dateTime" rel="sioc:has_creator">Submitted by <span class="username" xml:lang="" about="/user/{n}" typeof="sioc:UserAccount" property="foaf:name" datatype="">{e(i.author)}</span> on {date_long(i.day, i.month)}</span></div>
<div class="content clearfix"><div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="/image.jpg"><a href="/node/{40+n}">{img(i, "", attrs(("typeof", "foaf:Image")))}</a></div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{e(i.teaser)}</p></div></div></div></div>
<div class="link-wrapper"><ul class="links inline"><li class="node-readmore first last"><a href="/node/{40+n}" rel="tag" title="{e(i.headline)}">Read more<span class="element-invisible"> about {e(i.headline)}</span></a></li></ul></div></div>''' for n, i in enumerate(items))
    body = f'''<body class="html front not-logged-in one-sidebar sidebar-first page-node">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page-wrapper"><div id="page"><div id="header" class="without-secondary-menu"><div class="section clearfix"><div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Home" rel="home"><span>Old Quarry Allotments</span></a></strong></div><div id="site-slogan">Digging together since 1952</div></div>
<div id="main-menu" class="navigation"><h2 class="element-invisible">Main menu</h2><ul id="main-menu-links" class="links clearfix"><li class="menu-218 first active"><a href="/" class="active">Home</a></li><li class="menu-300"><a href="/plots">Plots</a></li><li class="menu-301 last"><a href="/shop">Trading hut</a></li></ul></div></div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix"><div id="sidebar-first" class="column sidebar"><div class="section"><div class="region region-sidebar-first"><div id="block-user-login" class="block block-user"><h2>User login</h2><div class="content"><form action="/node" method="post" id="user-login-form"><div><label for="edit-name">Username</label><input type="text" id="edit-name" name="name"></div></form></div></div></div></div></div>
<div id="content" class="column"><div class="section"><a id="main-content"></a><div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
{nodes}
<h2 class="element-invisible">Pages</h2><div class="item-list"><ul class="pager"><li class="pager-current first">1</li><li class="pager-item"><a title="Go to page 2" href="/node?page=1">2</a></li><li class="pager-next"><a title="Go to next page" href="/node?page=1">next ›</a></li></ul></div>
</div></div></div></div></div></div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer"><div id="block-system-powered-by" class="block block-system"><div class="content"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></div></div></div></div></div></body>'''
    return doc("Old Quarry Allotments", body), expected(items)

# ---------------------------------------------------------------- Ghost
@page("ghost-casper")
def _(seed):
    items = items_for(seed, 7, no_image=(5,))
    cards = "\n".join(f'''<article class="post-card post tag-travel {"" if i.image else "no-image"}">
{f'<a class="post-card-image-link" href="/{i.slug}/">{img(i, "post-card-image", attrs(("loading", "lazy")))}</a>' if i.image else ''}
<div class="post-card-content"><a class="post-card-content-link" href="/{i.slug}/"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Travel</span></div><h2 class="post-card-title">{e(i.headline)}</h2></header>
<div class="post-card-excerpt">{e(i.teaser)}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="{i.iso}">{date_short(i.day, i.month)}</time><span class="post-card-meta-length">{3 + n % 5} min read</span></footer></div></article>''' for n, i in enumerate(items))
    body = f'''<body class="home-template has-cover">
<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Slow Roads</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home nav-current"><a href="/">Home</a></li><li class="nav-about"><a href="/about/">About</a></li><li class="nav-archive"><a href="/archive/">Archive</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><div class="site-header-content outer"><div class="site-header-inner inner"><h1 class="site-title">Slow Roads</h1><p class="site-description">Travelling by train, bus and on foot.</p></div></div>
<main id="site-main" class="site-main outer"><div class="inner posts"><div class="post-feed">
{cards}
</div><nav class="pagination"><span class="page-number">Page 1 of 5</span><a class="older-posts" href="/page/2/">Older Posts →</a></nav></div></main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Slow Roads</a> © 2024</section><nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></body>'''
    return doc("Slow Roads", body), expected(items, byline=False, date_fmt=date_short)

@page("ghost-source")
def _(seed):
    items = items_for(seed, 6)
    cards = "\n".join(f'''<article class="gh-card post featured">
<a class="gh-card-link" href="/{i.slug}/"><figure class="gh-card-image">{img(i, "", attrs(("sizes", "(max-width: 1200px) 100vw, 1200px"), ("loading", "lazy")))}</figure>
<div class="gh-card-wrapper"><p class="gh-card-tag">Field notes</p><h3 class="gh-card-title is-title">{e(i.headline)}</h3><p class="gh-card-excerpt is-body">{e(i.teaser)}</p>
<footer class="gh-card-meta"><span class="gh-card-author">By {e(i.author)}</span><time class="gh-card-date" datetime="{i.iso}">{date_short(i.day, i.month)}</time></footer></div></a></article>''' for i in items)
    body = f'''<body class="home-template is-head-left-logo has-serif-title">
<div class="gh-site"><header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="/">The Soil Letter</a></div>
<nav class="gh-navigation-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-research"><a href="/tag/research/">Research</a></li></ul></nav>
<div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Latest</h2><main class="gh-main"><div class="gh-feed">
{cards}
</div></main><div class="gh-more is-title"><a href="/page/2/">See all</a></div></div></section></main>
<section class="gh-cta gh-outer"><div class="gh-cta-inner"><h2 class="gh-cta-title is-title">Get the letter in your inbox</h2><p class="gh-cta-description">A short note on soil science every other Friday.</p></div></section>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-copyright">The Soil Letter © 2024. Powered by Ghost</div></div></footer></div></body>'''
    return doc("The Soil Letter", body), expected(items, date_fmt=date_short)

# ---------------------------------------------------------------- Blogger
@page("blogger-contempo")
def _(seed):
    items = items_for(seed, 6, no_image=(3,))
    posts = "\n".join(f'''<div class="post-outer-container"><div class="post-outer"><div class="post">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"BlogPosting","headline":"{e(i.headline)}"}}</script>
{f'<div class="snippet-thumbnail-container"><div class="snippet-thumbnail"><a href="/2024/03/{i.slug}.html">{img(i, "snippet-thumbnail-img")}</a></div></div>' if i.image else ''}
<h3 class="post-title entry-title"><a href="/2024/03/{i.slug}.html">{e(i.headline)}</a></h3>
<div class="post-header"><div class="post-header-line-1"><span class="byline post-author vcard"><span class="byline-label">By</span> <span class="fn">{e(i.author)}</span></span> <span class="byline post-timestamp"><meta content="/2024/03/{i.slug}.html"><a class="timestamp-link" href="/2024/03/{i.slug}.html" rel="bookmark"><time class="published" datetime="{i.iso}T08:00:00-08:00" title="{i.iso}T08:00:00-08:00">{date_long(i.day, i.month)}</time></a></span></div></div>
<div class="container post-body entry-content" id="post-snippet-{n}"><div class="snippet-container r-snippet-container"><div class="snippet-item r-snippetized">{e(i.teaser)}</div><div class="snippet-fade r-snippet-fade hidden"></div></div></div>
<div class="post-bottom"><div class="post-footer float-container"><div class="byline jump-link flat-button"><a class="flat-button ripple" href="/2024/03/{i.slug}.html" title="{e(i.headline)}">Read more</a></div></div></div>
</div></div></div>''' for n, i in enumerate(items))
    body = f'''<body class="version-1-3-3 variant-indie_light">
<div class="page"><div class="bg-photo-overlay"></div><div class="bg-photo-container"><div class="bg-photo"></div></div>
<div class="page_body"><div class="centered"><div class="centered-top-placeholder"></div><header class="centered-top-container" role="banner"><div class="centered-top"><div class="blog-name container"><div class="section" id="header" name="Header"><div class="widget Header" data-version="2" id="Header1"><div class="header-widget"><div><h1><a href="/">Notes from the Allotment</a></h1></div><p>Vegetables, weather and the odd disaster.</p></div></div></div></div>
<nav role="navigation"><div class="clearboth no-items section" id="page_list_top" name="Pages (top)"></div></nav></div></header>
<main class="centered-bottom" id="main" role="main" tabindex="-1"><div class="main section" id="page_body" name="Page body"><div class="widget Blog" data-version="2" id="Blog1"><div class="blog-posts hfeed container">
{posts}
</div><div class="blog-pager container" id="blog-pager"><a class="blog-pager-older-link flat-button ripple" href="/search?updated-max=2024-03-01" title="More posts">More posts</a></div></div></div></main>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="widget BlogArchive"><h3 class="title">Archive</h3><ul class="hierarchy"><li class="archivedate"><a class="post-count-link" href="/2024/">2024</a><span class="post-count">12</span></li></ul></div></aside>
<footer class="footer section" id="footer" name="Footer"><div class="widget Attribution"><div class="widget-content"><div class="blogger">Powered by Blogger</div><div class="image-attribution">Theme images by Michael Elkan</div></div></div></footer></div></div></div></body>'''
    return doc("Notes from the Allotment", body), expected(items)

@page("blogger-simple-classic")
def _(seed):
    items = items_for(seed, 6, no_image=(0, 2, 4))
    days = "\n".join(f'''<div class="date-outer"><h2 class="date-header"><span>{["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][n % 7]}, {date_long(i.day, i.month)}</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<a name="{1000+n}"></a><h3 class="post-title entry-title" itemprop="name"><a href="/2024/03/{i.slug}.html">{e(i.headline)}</a></h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{1000+n}" itemprop="description articleBody">{f'<div class="separator" style="clear: both; text-align: center;"><a href="/img{n}.jpg" style="margin-left: 1em; margin-right: 1em;">{img(i, "", attrs(("border", "0")))}</a></div>' if i.image else ''}{e(i.teaser)}<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><span itemprop="name">{e(i.author)}</span></span></span> <span class="post-comment-link"><a class="comment-link" href="/2024/03/{i.slug}.html#comment-form">No comments:</a></span></div></div>
</div></div></div></div>''' for n, i in enumerate(items))
    body = f'''<body class="loading">
<div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"><script type="text/javascript">function setAttributeOnload(object, attribute, val) {{ }}</script><div id="navbar-iframe-container"></div></div></div>
<div class="body-fauxcolumns"><div class="fauxcolumn-outer body-fauxcolumn-outer"></div></div>
<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="/">The Lighthouse Keeper's Log</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Weather, ships and visitors on the point.</span></p></div></div></div></div></div></header>
<div class="main-outer"><div class="main-inner columns-fix-sidebar"><div class="column-center-outer"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
{days}
</div><div class="blog-pager" id="blog-pager"><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/search?updated-max=2024-03-01" title="Older Posts">Older Posts</a></span><a class="home-link" href="/">Home</a></div></div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1"><div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="/profile">Keeper</a></dt></dl></div></div></div></aside></div></div></div></div>
<footer><div class="footer-outer"><div class="foot section" id="footer-3"><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">Simple theme. Powered by Blogger.</div></div></div></div></footer></div></div></body>'''
    exp = [{"imageCaption": i.caption(), "headline": i.headline, "teaser": i.teaser, "byline": i.author,
            "published": f'{["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][n % 7]}, {date_long(i.day, i.month)}'} for n, i in enumerate(items)]
    return doc("The Lighthouse Keeper's Log", body), exp

# ---------------------------------------------------------------- Substack
@page("substack-archive")
def _(seed):
    items = items_for(seed, 6, no_image=(1, 4))
    posts = "\n".join(f'''<div class="container-H2dyKk"><div class="pencraft pc-display-flex pc-gap-16 pc-paddingTop-16 pc-paddingBottom-16 pc-reset"><div role="article" class="pencraft pc-display-flex pc-flexDirection-column pc-gap-8 pc-reset flex-grow-rzmknG">
<div class="pencraft pc-display-flex pc-flexDirection-column pc-gap-4 pc-reset"><a tabindex="-1" class="pencraft pc-reset color-pub-primary-text-NyXPlw reset-IxiVJZ" data-testid="post-preview-title" href="/p/{i.slug}">{e(i.headline)}</a>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-text-qe4AeH size-15-Psle70 reset-IxiVJZ"><a class="pencraft pc-reset reset-IxiVJZ" href="/p/{i.slug}">{e(i.teaser)}</a></div></div>
<div class="pencraft pc-display-flex pc-gap-8 pc-alignItems-center pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA"><time datetime="{i.iso}T13:00:00.000Z" class="date-rtYe1v">{MONTHS[i.month-1][:3].upper()} {i.day}</time></div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">•</div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T byline-wrapper meta-EgzBVA"><a href="/@{i.author.split()[0].lower()}" class="link-HFGYAn">{e(i.author.upper())}</a></div></div></div>
{f'<div class="pencraft pc-reset image-container-fHRlV1"><picture><img src="/img/{n}.jpeg" alt="{e(i.alt)}" width="320" height="213" class="img-OACg1c image-nBNbRY pencraft pc-reset" loading="lazy"></picture></div>' if i.image else ''}</div></div>''' for n, i in enumerate(items))
    body = f'''<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">
<div class="main-menu"><div class="topbar-content"><a href="/" class="navbar-title-link">The Long Table</a><div class="navbar-buttons"><button class="button primary">Subscribe</button><button class="button">Sign in</button></div></div>
<div class="pencraft pc-display-flex pc-justifyContent-center pc-reset"><a href="/" class="pencraft pc-reset">Home</a><a href="/archive" class="pencraft pc-reset">Archive</a><a href="/about" class="pencraft pc-reset">About</a></div></div>
<div class="container"><div class="portable-archive"><div class="portable-archive-tabs"><a class="active" href="/archive?sort=new">Latest</a><a href="/archive?sort=top">Top</a><a href="/archive?sort=search">Discussions</a></div>
<div class="portable-archive-list">
{posts}
</div></div></div>
<div class="footer-wrap"><div class="footer"><div class="footer-copyright">© 2024 The Long Table</div><div class="footer-terms"><a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/notice">Collection notice</a></div><div class="footer-substack-cta"><a href="/publish">Start Writing</a><a href="/app">Get the app</a></div><div class="footer-slogan">Substack is the home for great culture</div></div></div>
</div></div></div></body>'''
    exp = [{"imageCaption": i.caption(), "headline": i.headline, "teaser": i.teaser, "byline": i.author.upper(),
            "published": f"{MONTHS[i.month-1][:3].upper()} {i.day}"} for i in items]
    return doc("Archive - The Long Table", body), exp

# ---------------------------------------------------------------- Hugo / Jekyll
@page("hugo-ananke")
def _(seed):
    items = items_for(seed, 6)
    arts = "\n".join(f'''<div class="relative w-100 mb4 bg-white nested-copy-line-height"><article class="bb b--black-10"><div class="db pv4 ph3 ph0-l no-underline dark-gray"><div class="flex flex-column flex-row-ns">
<div class="pr3-ns mb4 mb0-ns w-100 w-40-ns"><a href="/posts/{i.slug}/" class="db grow">{img(i, "img")}</a></div>
<div class="blah w-100 w-60-ns pl3-ns"><h1 class="f3 fw1 athelas mt0 lh-title"><a href="/posts/{i.slug}/" class="color-inherit dim link">{e(i.headline)}</a></h1>
<div class="f6 f5-l lh-copy nested-copy-line-height nested-links">{e(i.teaser)}</div>
<a href="/posts/{i.slug}/" class="ba b--moon-gray bg-light-gray br2 color-inherit dib f7 hover-bg-moon-gray link mt2 ph2 pv1">read more</a></div></div></div></article></div>''' for i in items)
    body = f'''<body class="ma0 avenir bg-near-white">
<header class="cover bg-top" style="background-image: url('/images/cover.jpg');"><div class="bg-black-60 pb3 pb6-m pb6-l"><nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center"><a href="/" class="f3 fw2 hover-white no-underline white-90 dib">The River Survey</a>
<div class="flex-l items-center"><ul class="pl0 mr3"><li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/about/" title="About page">About</a></li><li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/posts/" title="Posts page">Posts</a></li></ul></div></div></nav>
<div class="tc-l pv6 ph3 ph4-ns"><h1 class="f2 f1-l fw2 white-90 mb0 lh-title">The River Survey</h1><h2 class="fw1 f5 f3-l white-80 measure-wide-l center lh-copy mt3 mb4">Counting fish, birds and boats on the lower river</h2></div></div></header>
<main class="pb7" role="main"><article class="cf ph3 ph5-l pv3 pv4-l f4 tc-l center measure-wide lh-copy mid-gray"><p>Field reports from the volunteer survey team.</p></article>
<div class="pa3 pa4-ns w-100 w-70-ns center"><section class="w-100 mw8"><h2 class="f3">Recent Posts</h2>
{arts}
</section><section class="w-100"><h1 class="f3">More</h1><h2 class="f5 fw4 mb4 dib mr3"><a href="/posts/older/" class="link black dim">An older note</a></h2><a href="/posts/" class="link db f6 pa2 br3 bg-mid-gray white dim w4 tc">All Posts</a></section></div></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="/">© 2024 The River Survey</a></div></footer></body>'''
    return doc("The River Survey", body), expected(items, byline=False, published=False)

@page("hugo-papermod")
def _(seed):
    items = items_for(seed, 6, no_image=(2, 3))
    arts = "\n".join(f'''<article class="post-entry">{f'<figure class="entry-cover">{img(i, "", attrs(("loading", "lazy")))}</figure>' if i.image else ''}
<header class="entry-header"><h2 class="entry-hint-parent">{e(i.headline)}</h2></header>
<div class="entry-content"><p>{e(i.teaser)}</p></div>
<footer class="entry-footer"><span title='{i.iso} 09:00:00 +0000 UTC'>{date_long(i.day, i.month)}</span>&nbsp;·&nbsp;{2 + n % 4} min&nbsp;·&nbsp;{e(i.author)}</footer>
<a class="entry-link" aria-label="post link to {e(i.headline)}" href="/posts/{i.slug}/"></a></article>''' for n, i in enumerate(items))
    body = f'''<body class="list" id="top">
<script>if (localStorage.getItem("pref-theme") === "dark") {{ document.body.classList.add('dark'); }}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="Tinker's Bench (Alt + H)">Tinker's Bench</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu"><li><a href="/archives/" title="Archive"><span>Archive</span></a></li><li><a href="/search/" title="Search (Alt + /)" accesskey="/"><span>Search</span></a></li><li><a href="/tags/" title="Tags"><span>Tags</span></a></li></ul></nav></header>
<main class="main"><article class="first-entry home-info"><header class="entry-header"><h1>Hello, tinkerers</h1></header><div class="entry-content">Notes on mending things that were built to last.</div></article>
{arts}
<footer class="page-footer"><nav class="pagination"><a class="next" href="/page/2/">Next&nbsp;&nbsp;»</a></nav></footer></main>
<footer class="footer"><span>© 2024 <a href="/">Tinker's Bench</a></span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a></body>'''
    return doc("Tinker's Bench", body), expected(items, byline=False, published=False)

@page("jekyll-minima")
def _(seed):
    items = items_for(seed, 7)
    lis = "\n".join(f'''<li><span class="post-meta">{date_short(i.day, i.month)}</span>
<h3><a class="post-link" href="/2024/03/{i.day:02d}/{i.slug}.html">{e(i.headline)}</a></h3><p>{e(i.teaser)}</p></li>''' for i in items)
    body = f'''<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Pocket Weather Station</a>
<nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger"><label for="nav-trigger"><span class="menu-icon"><svg viewBox="0 0 18 15" width="18px" height="15px"><path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"/></svg></span></label>
<div class="trigger"><a class="page-link" href="/about/">About</a><a class="page-link" href="/data/">Data</a></div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper"><div class="home"><h2 class="post-list-heading">Posts</h2><ul class="post-list">
{lis}
</ul><p class="rss-subscribe">subscribe <a href="/feed.xml">via RSS</a></p></div></div></main>
<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">Pocket Weather Station</h2><div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">Pocket Weather Station</li></ul></div>
<div class="footer-col footer-col-3"><p>Readings from a home-built station on the hill.</p></div></div></div></footer></body>'''
    return doc("Pocket Weather Station", body), expected(items, caption=False, byline=False, date_fmt=date_short)

@page("jekyll-minimal-mistakes")
def _(seed):
    items = items_for(seed, 6)
    arts = "\n".join(f'''<div class="list__item"><article class="archive__item" itemscope itemtype="https://schema.org/CreativeWork">
<h2 class="archive__item-title no_toc" itemprop="headline"><a href="/posts/{i.slug}/" rel="permalink">{e(i.headline)}</a></h2>
<p class="page__meta"><span class="page__meta-date"><i class="far fa-calendar-alt" aria-hidden="true"></i> <time datetime="{i.iso}T00:00:00+00:00">{date_long(i.day, i.month)}</time></span><span class="page__meta-sep"></span><span class="page__meta-readtime"><i class="far fa-clock" aria-hidden="true"></i> {2 + n % 3} minute read</span></p>
<p class="archive__item-excerpt" itemprop="description">{e(i.teaser)}</p></article></div>''' for n, i in enumerate(items))
    body = f'''<body class="layout--home">
<nav class="skip-links"><ul><li><a href="#site-nav" class="screen-reader-shortcut">Skip to primary navigation</a></li><li><a href="#main" class="screen-reader-shortcut">Skip to content</a></li></ul></nav>
<div class="masthead"><div class="masthead__inner-wrap"><div class="masthead__menu"><nav id="site-nav" class="greedy-nav"><a class="site-title" href="/">Stitch and Mend</a><ul class="visible-links"><li class="masthead__menu-item"><a href="/about/">About</a></li><li class="masthead__menu-item"><a href="/categories/">Categories</a></li></ul><button class="search__toggle" type="button"><span class="visually-hidden">Toggle search</span></button><ul class="hidden-links hidden"></ul></nav></div></div></div>
<div class="initial-content"><div id="main" role="main"><div class="sidebar sticky"><div itemscope itemtype="https://schema.org/Person" class="h-card"><div class="author__content"><h3 class="author__name p-name" itemprop="name"><a class="u-url" rel="me" href="/" itemprop="url">Stitch and Mend</a></h3><div class="author__bio p-note" itemprop="description"><p>A textile repair workshop in the old drill hall.</p></div></div></div></div>
<div class="archive"><h3 class="archive__subtitle">Recent posts</h3><div class="entries-list">
{arts}
</div><nav class="pagination"><ul><li><a href="#" class="disabled"><span aria-hidden="true">Previous</span></a></li><li><a href="#" class="disabled current">1</a></li><li><a href="/page2/">2</a></li><li><a href="/page2/">Next</a></li></ul></nav></div></div></div>
<div id="footer" class="page__footer"><footer><div class="page__footer-follow"><ul class="social-icons"><li><strong>Follow:</strong></li><li><a href="/feed.xml"><i class="fas fa-fw fa-rss-square" aria-hidden="true"></i> Feed</a></li></ul></div><div class="page__footer-copyright">© 2024 Stitch and Mend. Powered by <a href="https://jekyllrb.com" rel="nofollow">Jekyll</a>.</div></footer></div></body>'''
    return doc("Stitch and Mend", body), expected(items, caption=False, byline=False)

# ---------------------------------------------------------------- newspaper CMS
@page("newspaper-arc-results-list")
def _(seed):
    items = items_for(seed, 8, no_image=(6,))
    stories = "\n".join(f'''<div class="list-item"><div class="results-list--image-container">{f'<a href="/{i.slug}/" title="{e(i.headline)}" aria-hidden="true" tabindex="-1"><picture><source srcset="/r/{n}-w274.jpg" media="(min-width: 768px)">{img(i, "c-image")}</picture></a>' if i.image else ''}</div>
<div class="results-list--headline-container"><a href="/{i.slug}/" class="lg-promo"><h2 class="lg-promo-headline">{e(i.headline)}</h2></a></div>
<div class="results-list--description-author-container"><a href="/{i.slug}/" class="lg-promo"><p class="description-text">{e(i.teaser)}</p></a>
<div class="results-list--author-date"><section class="byline"><span class="ts-byline__by">By</span> <span class="ts-byline__names"><a href="/people/{n}/">{e(i.author)}</a></span></section><time class="date" datetime="{i.iso}T14:20:00Z">{date_long(i.day, i.month)}</time></div></div></div>''' for n, i in enumerate(items))
    body = f'''<body><div id="fusion-app" class="layout-section"><div class="b-header-nav-chain"><nav id="main-nav" class="news-theme-navigation-container" aria-label="Sections Menu"><div class="news-theme-navigation-bar"><div class="nav-logo"><a href="/" title="The Eastfield Tribune"><img src="/logo.svg" alt="The Eastfield Tribune"></a></div>
<div class="nav-components--desktop"><button class="nav-sections-btn" aria-label="Sections">Sections</button><a class="xpmedia-button" href="/account/signup/">Subscribe</a><a class="xpmedia-button" href="/account/login/">Log In</a></div></div></nav>
<div class="section-nav"><ul><li class="section-item"><a href="/news/">News</a></li><li class="section-item"><a href="/business/">Business</a></li><li class="section-item"><a href="/opinion/">Opinion</a></li><li class="section-item"><a href="/sports/">Sports</a></li></ul></div></div>
<section role="main" id="main" class="main" tabindex="-1"><div class="container layout-section"><div class="row"><div class="col-sm-xl-12"><h1 class="section-title">Local News</h1>
<div class="results-list-container">
{stories}
</div><div class="see-more"><button class="btn btn-sm" type="button">See More Stories</button></div></div></div></div></section>
<div class="newsletter-signup"><h3>Sign up for our daily newsletter</h3><p>The morning's top local stories in your inbox.</p></div>
<footer class="b-footer"><div class="footer-section"><ul><li><a href="/about/">About Us</a></li><li><a href="/contact/">Contact Us</a></li><li><a href="/terms/">Terms of Service</a></li></ul><p class="copyright">© 2024 The Eastfield Tribune. All rights reserved.</p></div></footer></div></body>'''
    return doc("Local News | The Eastfield Tribune", body), expected(items)

@page("newspaper-brightspot-pagelist")
def _(seed):
    items = items_for(seed, 7, no_image=(2,))
    promos = "\n".join(f'''<div class="PageList-items-item"><div class="PagePromo" data-gtm-region="Local News">
<div class="PagePromo-media">{f'<a class="Link" href="/article/{i.slug}" aria-label="{e(i.headline)}"><picture>{img(i, "Image", attrs(("loading", "lazy")))}</picture></a>' if i.image else ''}</div>
<div class="PagePromo-content"><div class="PagePromo-title"><a class="Link" href="/article/{i.slug}"><span class="PagePromoContentIcons-text">{e(i.headline)}</span></a></div>
<div class="PagePromo-description"><a class="Link" href="/article/{i.slug}"><span class="PagePromoContentIcons-text">{e(i.teaser)}</span></a></div>
<div class="PagePromo-byline"><div class="PagePromo-author">By {e(i.author)}</div><div class="PagePromo-date"><bsp-timestamp data-timestamp="1711000000000"><span class="Timestamp" data-date="{i.iso}">{date_long(i.day, i.month)}</span></bsp-timestamp></div></div></div></div></div>''' for i in items)
    body = f'''<body class="SectionPage"><bsp-header class="Page-header"><div class="Page-header-bar"><div class="Page-header-bar-logo"><a href="/" aria-label="home page"><img class="PageLogo-image" src="/logo.svg" alt="Riverside Daily Courier"></a></div>
<nav class="Page-header-navigation"><ul class="Navigation-items"><li class="Navigation-items-item"><a class="Link" href="/hub/local">Local</a></li><li class="Navigation-items-item"><a class="Link" href="/hub/politics">Politics</a></li><li class="Navigation-items-item"><a class="Link" href="/hub/weather">Weather</a></li></ul></nav>
<div class="Page-header-end"><a class="Link" href="/donate">Donate</a></div></div></bsp-header>
<div class="Page-oneColumn"><main class="Page-main"><div class="Page-content"><h1 class="Page-pageHead-title">Local News</h1>
<div class="PageList PageList-noDescription"><div class="PageList-items">
{promos}
</div></div></div></main>
<aside class="Page-aside"><div class="PageListRightRailA"><div class="PageList-header"><h2 class="PageList-header-title">Most read</h2></div><ul><li><a href="/m/1">Bridge repairs to finish early</a></li><li><a href="/m/2">Weekend weather warning</a></li></ul></div></aside></div>
<footer class="Page-footer"><div class="Page-footer-disclaimer">Copyright 2024 Riverside Daily Courier. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</div></footer></body>'''
    return doc("Local News | Riverside Daily Courier", body), expected(items)

@page("newspaper-table-layout")
def _(seed):
    items = items_for(seed, 6, no_image=(1, 3))
    rows = "\n".join(f'''<tr><td width="110" valign="top">{f'<a href="/story.php?id={7000+n}">{img(i, "", attrs(("border", "0"), ("width", "100")))}</a>' if i.image else '&nbsp;'}</td>
<td valign="top"><font face="Arial" size="3"><b><a href="/story.php?id={7000+n}">{e(i.headline)}</a></b></font><br>
<font face="Arial" size="2">{e(i.teaser)}</font><br>
<font face="Arial" size="1" color="#666666"><i>By {e(i.author)}, {date_long(i.day, i.month)}</i></font></td></tr>''' for n, i in enumerate(items))
    body = f'''<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<table width="780" cellpadding="0" cellspacing="0" border="0"><tr><td colspan="2" bgcolor="#003366"><font face="Arial" color="#ffffff" size="5"><b>The Valley Herald</b></font><br><font face="Arial" color="#ccccff" size="2">Serving the valley since 1887</font></td></tr>
<tr><td colspan="2" bgcolor="#eeeeee"><font face="Arial" size="2"><a href="/">Front Page</a> | <a href="/local.php">Local</a> | <a href="/sports.php">Sports</a> | <a href="/obits.php">Obituaries</a> | <a href="/classifieds.php">Classifieds</a></font></td></tr></table>
<table width="780" cellpadding="4" cellspacing="0" border="0">
{rows}
</table>
<table width="780"><tr><td align="center"><font face="Arial" size="1">Copyright © 2024 The Valley Herald. All rights reserved.</font></td></tr></table></body>'''
    return doc("The Valley Herald", body), expected(items, date_fmt=date_long)

@page("newspaper-section-front")
def _(seed):
    items = items_for(seed, 8, no_image=(3, 7))
    lead, rest = items[0], items[1:]
    cards = "\n".join(f'''<article class="story-card story-card--{"small" if n % 2 else "medium"}" data-story-id="{8000+n}">
{f'<figure class="story-card__media"><a href="/news/{i.slug}" tabindex="-1">{img(i, "story-card__image")}</a></figure>' if i.image else ''}
<div class="story-card__body"><h3 class="story-card__headline"><a href="/news/{i.slug}">{e(i.headline)}</a></h3><p class="story-card__dek">{e(i.teaser)}</p>
<div class="story-card__meta"><span class="story-card__byline">By {e(i.author)}</span> <time class="story-card__timestamp" datetime="{i.iso}">{date_short(i.day, i.month)}</time></div></div></article>''' for n, i in enumerate(rest))
    body = f'''<body class="section-front section-news">
<div class="breaking-news-bar" role="alert"><strong>Weather alert:</strong> <span>High winds expected along the coast tonight.</span></div>
<header class="masthead"><div class="masthead__date">Thursday, March 28, 2024</div><a class="masthead__logo" href="/"><span>The Harbour Chronicle</span></a><div class="masthead__actions"><a class="btn btn--subscribe" href="/subscribe">Subscribe for $1</a><a href="/login">Sign in</a></div>
<nav class="masthead__sections" aria-label="Sections"><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li><li><a href="/sports">Sports</a></li><li><a href="/life">Life</a></li></ul></nav></header>
<main class="section-front__main"><h1 class="section-front__title">News</h1>
<section class="lead-package"><article class="story-lead"><figure class="story-lead__media">{img(lead, "story-lead__image")}<figcaption class="story-lead__credit">Photo: Staff photographer</figcaption></figure>
<h2 class="story-lead__headline"><a href="/news/{lead.slug}">{e(lead.headline)}</a></h2><p class="story-lead__dek">{e(lead.teaser)}</p><div class="story-lead__meta"><span class="story-lead__byline">By {e(lead.author)}</span> <time datetime="{lead.iso}">{date_short(lead.day, lead.month)}</time></div></article></section>
<section class="river"><h2 class="river__title">More news</h2><div class="river__items">
{cards}
</div><a class="river__more" href="/news/page/2">More stories</a></section></main>
<aside class="rail"><div class="ad-slot" data-ad-unit="rail-top"></div><div class="most-popular"><h2>Most Popular</h2><ol><li><a href="/p/1">Harbour wall repairs delayed</a></li><li><a href="/p/2">New ferry named after fisherwoman</a></li></ol></div></aside>
<footer class="site-footer"><p>© 2024 The Harbour Chronicle, a member of the Coastal News Group</p><ul><li><a href="/contact">Contact</a></li><li><a href="/ethics">Ethics policy</a></li></ul></footer></body>'''
    exp = expected(items, date_fmt=date_short)
    return doc("News | The Harbour Chronicle", body), exp

def main():
    names = list(PAGES)
    for n, name in enumerate(names):
        html_text, exp = PAGES[name](n + 1)
        base = os.path.join(OUT, f"{n:02d}_{name}")
        with open(base + ".html", "w", encoding="utf-8", newline="\n") as f:
            f.write(html_text)
        with open(base + ".expected.json", "w", encoding="utf-8", newline="\n") as f:
            json.dump({"entries": exp}, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(names), "pages")

if __name__ == "__main__":
    main()
