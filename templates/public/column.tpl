{{%AUTOESCAPE context="HTML"}}
{{! A column. NAME; TRAIL (NAME URL): its ancestors, outermost first; CHILDREN (NAME URL); TOPIC_HOME (URL): a
    topic's landing page; AGENCY_CRUMB (NAME URL) and the include PORTAL for a hosted agency's column; list: ITEMS (TITLE URL DATE INDEX_NO DOC_NO), YEARS (LABEL URL CURRENT), PAGINATION;
    FACETS (the browse form of list columns: ART20_OPTIONS (VALUE LABEL SELECTED), TOPIC_OPTIONS and
    CATEGORY_OPTIONS (VALUE SELECTED), YEAR (VALUE));
    page: PAGE_BODY (UPDATED BODY_HTML); EMPTY. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / {{#AGENCY_CRUMB}}<a href="{{URL}}">{{NAME}}</a> / {{/AGENCY_CRUMB}}{{#TRAIL}}<a href="{{URL}}">{{NAME}}</a> / {{/TRAIL}}<span aria-current="page">{{NAME}}</span></nav>
{{>PORTAL}}
<header class="page-header"><h1>{{NAME}}</h1></header>
{{#TOPIC_HOME}}<p><a href="{{URL}}">专题首页<span class="sr-only">：{{NAME}}</span></a></p>{{/TOPIC_HOME}}
<ul class="tag-list" aria-label="下级栏目">{{#CHILDREN}}<li><a href="{{URL}}">{{NAME}}</a></li>{{/CHILDREN}}</ul>
{{#PAGE_BODY}}
<article class="card prose">
<h2 class="sr-only">正文</h2>
<p class="muted">更新日期：{{UPDATED}}</p>
{{BODY_HTML:none}}
</article>
{{/PAGE_BODY}}
<nav class="year-filter" aria-label="按年份浏览"><ul>{{#YEARS}}<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>{{/YEARS}}</ul></nav>
{{#FACETS}}<form class="filters card" method="get" role="search" aria-label="筛选本栏目信息">
{{#YEAR}}<input type="hidden" name="year" value="{{VALUE}}">{{/YEAR}}
<div class="field"><label for="f-art20">条例第二十条类别</label><select id="f-art20" name="art20"><option value="">全部</option>{{#ART20_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ART20_OPTIONS}}</select></div>
<div class="field"><label for="f-topic">主题分类</label><select id="f-topic" name="topic"><option value="">全部</option>{{#TOPIC_OPTIONS}}<option{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/TOPIC_OPTIONS}}</select></div>
<div class="field"><label for="f-category">组配分类</label><select id="f-category" name="category"><option value="">全部</option>{{#CATEGORY_OPTIONS}}<option{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/CATEGORY_OPTIONS}}</select></div>
<button type="submit" class="btn btn-secondary">筛选</button>
</form>{{/FACETS}}
{{#EMPTY}}<p class="empty-state">本栏目暂无符合条件的信息。</p>{{/EMPTY}}
<ul class="item-list card">{{#ITEMS}}
<li><a href="{{URL}}">{{TITLE}}</a> <time class="muted">{{DATE}}</time></li>{{/ITEMS}}</ul>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 条，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
