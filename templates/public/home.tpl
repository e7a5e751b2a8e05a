{{%AUTOESCAPE context="HTML"}}
{{!
  Public home page. Variables: SITE_NAME SITE_TAGLINE; sections AGENCIES (NAME
  SHORT_NAME USCC URL, nested DEPARTMENTS with NAME KIND), NO_AGENCIES;
  XXGK_PARTS (NAME URL): the four parts of 政府信息公开; NEWS (CODE NAME URL,
  nested ITEMS with TITLE URL DATE): latest items of news columns; TOPICS (NAME
  URL): the site agency's topic columns (专题专栏); in AGENCIES, PORTAL
  (XXGK_URL COLUMNS_URL SEARCH_URL): the agency's own portal;
  CONTACT_ADDRESS CONTACT_PHONE OFFICE_HOURS with HAS_CONTACT_ADDRESS
  HAS_CONTACT_PHONE HAS_OFFICE_HOURS. Include dictionaries do not inherit the
  layout's values: set these on the CONTENT dictionary or as template globals.
}}
<section class="hero" aria-labelledby="home-title">
<h1 id="home-title" class="hero-title">{{SITE_NAME}}<span class="hero-tagline">{{SITE_TAGLINE}}</span></h1>
<p class="hero-lead">依法公开政府信息，提高政府工作透明度，保障公民、法人和其他组织依法获取政府信息。</p>
</section>
<div class="home-grid">
<section class="card home-disclosure" aria-labelledby="home-disclosure-title">
<h2 id="home-disclosure-title" class="card-title">政府信息公开</h2>
<ul class="xxgk-parts">{{#XXGK_PARTS}}
<li><a href="{{URL}}">{{NAME}}</a></li>{{/XXGK_PARTS}}</ul>
<div class="channel-list">
<div class="channel">
<h3>主动公开</h3>
<p>本机关依照《中华人民共和国政府信息公开条例》，通过本网站主动公开机构职能、政策文件、政策解读、行政执法等政府信息，公众无需申请即可查阅。</p>
</div>
<div class="channel">
<h3>依申请公开</h3>
<p>对于未主动公开的政府信息，公民、法人或者其他组织可以向本机关提出政府信息公开申请，本机关将在法定期限内依法答复。</p>
</div>
</div>
</section>
<section class="card home-contact" aria-labelledby="home-contact-title">
<h2 id="home-contact-title" class="card-title">联系我们</h2>
<dl class="contact-list">{{#HAS_CONTACT_ADDRESS}}
<div><dt>办公地址</dt><dd>{{CONTACT_ADDRESS}}</dd></div>{{/HAS_CONTACT_ADDRESS}}{{#HAS_CONTACT_PHONE}}
<div><dt>咨询电话</dt><dd>{{CONTACT_PHONE}}</dd></div>{{/HAS_CONTACT_PHONE}}{{#HAS_OFFICE_HOURS}}
<div><dt>办公时间</dt><dd>{{OFFICE_HOURS}}</dd></div>{{/HAS_OFFICE_HOURS}}</dl>
<p class="empty-note muted">联系方式暂未公布。</p>
</section>
</div>
<div class="grid grid-2">{{#NEWS}}
<section class="card" aria-labelledby="news-{{CODE}}">
<h2 class="card-title" id="news-{{CODE}}"><a href="{{URL}}">{{NAME}}</a></h2>
<ul class="item-list">{{#ITEMS}}
<li><a href="{{URL}}">{{TITLE}}</a> <time class="muted">{{DATE}}</time></li>{{/ITEMS}}</ul>
<p class="empty-note muted">暂无信息</p>
<p><a href="{{URL}}">更多<span class="sr-only">{{NAME}}</span> &raquo;</a></p>
</section>{{/NEWS}}
</div>
<section class="card home-topics" aria-labelledby="home-topics-title">
<h2 id="home-topics-title" class="card-title"><a href="/topics">专题专栏</a></h2>
<ul class="tag-list">{{#TOPICS}}<li><a href="{{URL}}">{{NAME}}</a></li>{{/TOPICS}}</ul>
<p class="empty-note muted">暂无专题</p>
<p><a href="/topics">全部专题 &raquo;</a></p>
</section>
<section class="home-agencies" aria-labelledby="home-agencies-title">
<h2 id="home-agencies-title" class="section-title">机构设置</h2>
{{#NO_AGENCIES}}<p class="empty-state">暂无机构信息</p>{{/NO_AGENCIES}}
{{#AGENCIES}}
<article class="card agency-card">
<header class="agency-card-header">
<h3 class="card-title"><a href="{{URL}}">{{NAME}}</a></h3>
<p class="agency-meta"><span>简称：{{SHORT_NAME}}</span><span>统一社会信用代码：<span class="code">{{USCC}}</span></span></p>
{{#PORTAL}}<p class="agency-portal"><a href="{{XXGK_URL}}">政府信息公开<span class="sr-only">：{{NAME}}</span></a></p>{{/PORTAL}}
</header>
<ul class="dept-list">{{#DEPARTMENTS}}
<li><span class="dept-name">{{NAME}}</span><span class="badge badge-muted">{{KIND}}</span></li>{{/DEPARTMENTS}}</ul>
<p class="empty-note muted">暂无内设机构信息</p>
</article>
{{/AGENCIES}}
</section>
