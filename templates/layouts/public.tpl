{{%AUTOESCAPE context="HTML"}}
{{!
  Public site layout. Variables: PAGE_TITLE SITE_NAME SITE_TAGLINE CSS_URL JS_URL
  LOGO_URL FAVICON_URL; HTML_CLASS (section HAS_HTML_CLASS): the display mode's
  classes on <html>; reading aids CARE_URL CARE_LABEL, FONT_SIZES (URL LABEL NAME,
  nested CURRENT), CONTRAST_URL CONTRAST_LABEL (web/display.h); FEEDS (TYPE TITLE URL): feed autodiscovery; sections NAV (URL LABEL, nested CURRENT), BREADCRUMB
  (URL LABEL, optional nested CURRENT on the last crumb); include CONTENT; footer
  HOST_AGENCY SITE_CODE ICP POLICE_RECORD CONTACT_ADDRESS CONTACT_PHONE
  CONTACT_EMAIL OFFICE_HOURS YEAR with HAS_* sections. Keep every tag on one
  line so that any ctemplate strip mode renders the same markup.
}}
<!DOCTYPE html>
<html lang="zh-CN"{{#HAS_HTML_CLASS}} class="{{HTML_CLASS}}"{{/HAS_HTML_CLASS}}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{PAGE_TITLE}} - {{SITE_NAME}}</title>
<link rel="icon" type="image/svg+xml" href="{{FAVICON_URL}}">
<link rel="stylesheet" href="{{CSS_URL}}">
{{#FEEDS}}<link rel="alternate" type="{{TYPE}}" title="{{TITLE}}" href="{{URL}}">
{{/FEEDS}}<script src="{{JS_URL}}" defer></script>
</head>
<body class="site-public">
<a class="skip-link" href="#main">跳转到主要内容</a>
<header class="site-header">
<div class="toolbar">
<div class="container toolbar-inner">
<p class="toolbar-welcome">欢迎访问{{SITE_NAME}}</p>
<nav class="display-tools" aria-label="阅读辅助">
<ul>
<li><a href="{{CARE_URL}}" rel="nofollow">{{CARE_LABEL}}</a></li>
<li class="font-sizes"><span class="font-sizes-label" aria-hidden="true">字号</span>{{#FONT_SIZES}}<a href="{{URL}}" rel="nofollow" aria-label="{{NAME}}"{{#CURRENT}} aria-current="true"{{/CURRENT}}>{{LABEL}}</a>{{/FONT_SIZES}}</li>
<li><a href="{{CONTRAST_URL}}" rel="nofollow">{{CONTRAST_LABEL}}</a></li>
<li class="tool-help"><a href="/accessibility">无障碍说明</a></li>
</ul>
</nav>
</div>
</div>
<div class="masthead">
<div class="container masthead-inner">
<a class="brand" href="/"><img class="brand-logo" src="{{LOGO_URL}}" alt="" width="64" height="64"><span class="brand-text"><span class="brand-name">{{SITE_NAME}}</span><span class="brand-tagline">{{SITE_TAGLINE}}</span></span></a>
<div class="masthead-side">
<ul class="masthead-links">
<li><a href="/consultations">意见征集</a></li>
<li><a href="/messages">留言咨询</a></li>
<li><a href="/lists">公开清单</a></li>
<li><a href="/ratings">政务服务好差评</a></li>
<li><a href="/sitemap">网站地图</a></li>
</ul>
<form class="site-search" method="get" action="/search" role="search" aria-label="站内搜索">
<label for="site-search-q" class="sr-only">搜索本站信息</label>
<input id="site-search-q" name="q" type="search" placeholder="搜索信息、文号、索引号" maxlength="200">
<button type="submit">搜索</button>
</form>
</div>
</div>
</div>
<nav class="main-nav" aria-label="主导航" data-collapsible-nav>
<div class="container">
<a class="nav-open" href="#main-nav-list">栏目导航</a>
<ul class="main-nav-list" id="main-nav-list">{{#NAV}}
<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>{{/NAV}}</ul>
</div>
</nav>
</header>
<nav class="breadcrumb" aria-label="当前位置">
<div class="container">
<ol>{{#BREADCRUMB}}
<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>{{/BREADCRUMB}}</ol>
</div>
</nav>
<main id="main" class="site-main">
<div class="container">
{{>CONTENT}}
</div>
</main>
<footer class="site-footer">
<div class="container">
<nav class="footer-links" aria-label="页脚链接">
<ul>
<li><a href="/decisions">重大行政决策</a></li>
<li><a href="/policies">惠企政策</a></li>
<li><a href="/events">听证会与开放日</a></li>
<li><a href="/proposals">建议提案</a></li>
<li><a href="/consultations">意见征集</a></li>
<li><a href="/messages">留言咨询</a></li>
<li><a href="/lists">公开清单</a></li>
<li><a href="/ratings">政务服务好差评</a></li>
<li><a href="/sitemap">网站地图</a></li>
<li><a href="/accessibility">无障碍说明</a></li>
<li><a href="/login">工作人员入口</a></li>
</ul>
</nav>
<div class="footer-body">
<img class="footer-logo" src="{{LOGO_URL}}" alt="" width="56" height="56">
<div class="footer-info">
<p>主办单位：{{HOST_AGENCY}}</p>
<p>{{#HAS_CONTACT_ADDRESS}}<span>地址：{{CONTACT_ADDRESS}}</span>{{/HAS_CONTACT_ADDRESS}}{{#HAS_CONTACT_PHONE}}<span>联系电话：{{CONTACT_PHONE}}</span>{{/HAS_CONTACT_PHONE}}{{#HAS_CONTACT_EMAIL}}<span>电子邮箱：{{CONTACT_EMAIL}}</span>{{/HAS_CONTACT_EMAIL}}</p>
{{#HAS_OFFICE_HOURS}}<p>办公时间：{{OFFICE_HOURS}}</p>{{/HAS_OFFICE_HOURS}}
<p>{{#HAS_SITE_CODE}}<span>网站标识码：{{SITE_CODE}}</span>{{/HAS_SITE_CODE}}{{#HAS_ICP}}<span>ICP备案号：{{ICP}}</span>{{/HAS_ICP}}{{#HAS_POLICE_RECORD}}<span>公安机关备案号：{{POLICE_RECORD}}</span>{{/HAS_POLICE_RECORD}}</p>
<p class="footer-copy">© {{YEAR}} {{HOST_AGENCY}} 版权所有</p>
</div>
</div>
</div>
</footer>
</body>
</html>
