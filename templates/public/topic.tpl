{{%AUTOESCAPE context="HTML"}}
{{! A topic's landing page (专题, work plan 一(一)). NAME AGENCY LIST_URL RSS_URL SEARCH_URL; TRAIL (NAME URL): the
    topic's ancestors; SECTIONS (NAME URL ID; ITEMS (TITLE URL DATE)): its sub-columns with their newest items;
    ITEMS (TITLE URL DATE): its own newest items; AGENCY_CRUMB (NAME URL) and the include PORTAL for a hosted
    agency's topic. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / {{#AGENCY_CRUMB}}<a href="{{URL}}">{{NAME}}</a> / {{/AGENCY_CRUMB}}<a href="/topics">专题专栏</a> / {{#TRAIL}}<a href="{{URL}}">{{NAME}}</a> / {{/TRAIL}}<span aria-current="page">{{NAME}}</span></nav>
{{>PORTAL}}
<header class="page-header"><h1>{{NAME}}</h1></header>
<p class="lead topic-lead">本专题集中公开{{AGENCY}}在“{{NAME}}”领域的政策措施、执行情况和工作成效等信息。</p>
<div class="grid grid-2">{{#SECTIONS}}
<section class="card" aria-labelledby="{{ID}}">
<h2 class="card-title" id="{{ID}}"><a href="{{URL}}">{{NAME}}</a></h2>
<ul class="item-list">{{#ITEMS}}
<li><a href="{{URL}}">{{TITLE}}</a> <time class="muted">{{DATE}}</time></li>{{/ITEMS}}</ul>
<p class="empty-note muted">暂无信息</p>
<p><a href="{{URL}}">更多<span class="sr-only">{{NAME}}</span> &raquo;</a></p>
</section>{{/SECTIONS}}
</div>
<section class="card" aria-labelledby="topic-latest">
<h2 class="card-title" id="topic-latest">最新信息</h2>
<ul class="item-list">{{#ITEMS}}
<li><a href="{{URL}}">{{TITLE}}</a> <time class="muted">{{DATE}}</time></li>{{/ITEMS}}</ul>
<p class="empty-note muted">本专题暂无信息</p>
<p><a href="{{LIST_URL}}">全部信息<span class="sr-only">：{{NAME}}</span> &raquo;</a></p>
</section>
<ul class="tag-list"><li><a href="{{RSS_URL}}">订阅本专题（RSS）</a></li><li><a href="{{SEARCH_URL}}">检索{{AGENCY}}的信息</a></li></ul>
