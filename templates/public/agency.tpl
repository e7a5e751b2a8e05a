{{%AUTOESCAPE context="HTML"}}
{{!
  One agency (机构概况). Variables: NAME SHORT_NAME USCC PARENT_NAME (shown in
  section HAS_PARENT); sections DEPARTMENTS (NAME KIND) and CHILDREN (NAME URL);
  PORTAL_LINKS (XXGK_URL COLUMNS_URL SEARCH_URL RSS_URL ATOM_URL; NAV_COLUMNS
  (NAME URL); TOPICS (NAME URL)): the agency's own portal (集约化).
  An empty list shows its "暂无" note through CSS, so no extra sections are needed.
}}
<article class="agency">
<header class="page-header">
<h1>{{NAME}}</h1>
</header>
<section class="card" aria-labelledby="agency-profile-title">
<h2 id="agency-profile-title" class="card-title">机构概况</h2>
<dl class="kv">
<div><dt>机构名称</dt><dd>{{NAME}}</dd></div>
<div><dt>简称</dt><dd>{{SHORT_NAME}}</dd></div>
<div><dt>统一社会信用代码</dt><dd class="code">{{USCC}}</dd></div>
{{#HAS_PARENT}}<div><dt>上级机关</dt><dd>{{PARENT_NAME}}</dd></div>{{/HAS_PARENT}}
</dl>
</section>
{{#PORTAL_LINKS}}<section class="card" aria-labelledby="agency-portal-title">
<h2 id="agency-portal-title" class="card-title">政府信息公开</h2>
<ul class="tag-list" aria-label="公开栏目"><li><a href="{{XXGK_URL}}">政府信息公开</a></li>{{#NAV_COLUMNS}}<li><a href="{{URL}}">{{NAME}}</a></li>{{/NAV_COLUMNS}}<li><a href="{{COLUMNS_URL}}">全部栏目</a></li></ul>
<h3>专题专栏</h3>
<ul class="tag-list">{{#TOPICS}}<li><a href="{{URL}}">{{NAME}}</a></li>{{/TOPICS}}</ul>
<p class="empty-note muted">暂无专题</p>
<p><a href="{{SEARCH_URL}}">检索本机构公开的信息</a> · 订阅本机构最新信息：<a href="{{RSS_URL}}">RSS</a> <a href="{{ATOM_URL}}">Atom</a></p>
</section>{{/PORTAL_LINKS}}
<div class="grid grid-2">
<section class="card" aria-labelledby="agency-depts-title">
<h2 id="agency-depts-title" class="card-title">内设机构及直属单位</h2>
<ul class="dept-list">{{#DEPARTMENTS}}
<li><span class="dept-name">{{NAME}}</span><span class="badge badge-muted">{{KIND}}</span></li>{{/DEPARTMENTS}}</ul>
<p class="empty-note muted">暂无内设机构信息</p>
</section>
<section class="card" aria-labelledby="agency-children-title">
<h2 id="agency-children-title" class="card-title">下级机构</h2>
<ul class="link-list">{{#CHILDREN}}
<li><a href="{{URL}}">{{NAME}}</a></li>{{/CHILDREN}}</ul>
<p class="empty-note muted">暂无下级机构</p>
</section>
</div>
</article>
