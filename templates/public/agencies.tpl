{{%AUTOESCAPE context="HTML"}}
{{! Public list of agencies. AGENCIES (NAME USCC URL; PORTAL (XXGK_URL COLUMNS_URL SEARCH_URL): the agency's own
    portal; DEPARTMENTS (NAME KIND)); NO_AGENCIES. }}
<header class="page-header"><h1>机构设置</h1></header>
{{#NO_AGENCIES}}<p class="empty-state">暂无机构信息。</p>{{/NO_AGENCIES}}
{{#AGENCIES}}
<section class="card" aria-labelledby="agency-{{USCC}}">
<h2 class="card-title" id="agency-{{USCC}}"><a href="{{URL}}">{{NAME}}</a></h2>
<p class="muted">统一社会信用代码：<span class="code">{{USCC}}</span></p>
{{#PORTAL}}<ul class="tag-list" aria-label="{{NAME}}门户"><li><a href="{{XXGK_URL}}">政府信息公开</a></li><li><a href="{{COLUMNS_URL}}">全部栏目</a></li><li><a href="{{SEARCH_URL}}">信息检索</a></li></ul>{{/PORTAL}}
<ul class="dept-list">{{#DEPARTMENTS}}
<li><span class="dept-name">{{NAME}}</span><span class="badge badge-muted">{{KIND}}</span></li>{{/DEPARTMENTS}}</ul>
<p class="empty-note muted">暂无内设机构信息</p>
</section>
{{/AGENCIES}}
