{{%AUTOESCAPE context="HTML"}}
{{! A column. NAME; PARENT (NAME URL); list: ITEMS (TITLE URL DATE INDEX_NO DOC_NO), YEARS (LABEL URL CURRENT), PAGINATION;
    page: PAGE_BODY (UPDATED BODY_HTML); EMPTY. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / {{#PARENT}}<a href="{{URL}}">{{NAME}}</a> / {{/PARENT}}<span aria-current="page">{{NAME}}</span></nav>
<header class="page-header"><h1>{{NAME}}</h1></header>
{{#PAGE_BODY}}
<article class="card prose">
<h2 class="sr-only">正文</h2>
<p class="muted">更新日期：{{UPDATED}}</p>
{{BODY_HTML:none}}
</article>
{{/PAGE_BODY}}
<nav class="year-filter" aria-label="按年份浏览"><ul>{{#YEARS}}<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>{{/YEARS}}</ul></nav>
{{#EMPTY}}<p class="empty-state">本栏目暂无信息。</p>{{/EMPTY}}
<ul class="item-list card">{{#ITEMS}}
<li><a href="{{URL}}">{{TITLE}}</a> <time class="muted">{{DATE}}</time></li>{{/ITEMS}}</ul>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 条，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
