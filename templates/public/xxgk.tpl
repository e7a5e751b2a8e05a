{{%AUTOESCAPE context="HTML"}}
{{! 政府信息公开 with exactly its four parts (work plan 三(二)). PARTS (NAME URL ID; ITEMS (TITLE URL DATE); UPDATED (DATE);
    SUBCOLUMNS (NAME URL)). A hosted agency's portal (not the site's own): AGENCY, AGENCY_CRUMB (NAME URL) and
    the include PORTAL (public/_portal.tpl). }}
{{#AGENCY_CRUMB}}<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="{{URL}}">{{NAME}}</a> / <span aria-current="page">政府信息公开</span></nav>{{/AGENCY_CRUMB}}
{{>PORTAL}}
<header class="page-header"><h1>{{#AGENCY_CRUMB}}<span class="portal-agency">{{NAME}}</span>{{/AGENCY_CRUMB}}政府信息公开</h1></header>
<p class="lead">依据《中华人民共和国政府信息公开条例》，本栏目包括政府信息公开指南、政府信息公开制度、法定主动公开内容和政府信息公开年度报告四部分。</p>
<div class="grid grid-2">
{{#PARTS}}
<section class="card xxgk-part" aria-labelledby="{{ID}}">
<h2 class="card-title" id="{{ID}}"><a href="{{URL}}">{{NAME}}</a></h2>
{{#UPDATED}}<p class="muted">更新日期：{{DATE}}</p>{{/UPDATED}}
<ul class="item-list">{{#ITEMS}}
<li><a href="{{URL}}">{{TITLE}}</a> <time class="muted">{{DATE}}</time></li>{{/ITEMS}}</ul>
<p class="empty-note muted">暂无信息</p>
<ul class="tag-list">{{#SUBCOLUMNS}}<li><a href="{{URL}}">{{NAME}}</a></li>{{/SUBCOLUMNS}}</ul>
<p><a href="{{URL}}">更多<span class="sr-only">{{NAME}}</span> &raquo;</a></p>
</section>
{{/PARTS}}
</div>
<ul class="tag-list xxgk-also"><li><a href="/normative">现行有效规章和行政规范性文件</a></li><li><a href="/negative-list">不予公开事项清单</a></li></ul>
