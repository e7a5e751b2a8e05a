{{%AUTOESCAPE context="HTML"}}
{{! One public list: FillKind (KIND KIND_LABEL GROUP INTRO HEADERS (LABEL)); Q FACET; FACETS (FACET_LABEL, OPTIONS (LABEL URL
    CURRENT HAS_COUNT COUNT)); ENTRIES (ID KIND TITLE CELLS (LABEL VALUE) UPDATED_ON); EMPTY; NO_MATCH; FILTERED TOTAL; PAGINATION. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/">首页</a> / <a href="/lists">公开清单</a> / <span aria-current="page">{{KIND_LABEL}}</span></nav>
<header class="page-header"><h1>{{KIND_LABEL}}</h1>
<p class="lead">{{INTRO}}</p></header>
<form class="card search-form" method="get" action="/lists/{{KIND}}" role="search" aria-label="查询{{KIND_LABEL}}">
<div class="search-box">
<label for="lst-q" class="sr-only">在{{KIND_LABEL}}中查询</label>
<input id="lst-q" name="q" type="search" value="{{Q}}" placeholder="在{{KIND_LABEL}}中查询名称、依据等" maxlength="200">
{{#FACETS}}<input type="hidden" name="facet" value="{{FACET}}">{{/FACETS}}
<button type="submit" class="btn btn-primary">查询</button>
</div>
</form>
{{#FACETS}}<nav class="tabs" aria-label="按{{FACET_LABEL}}筛选"><ul>{{#OPTIONS}}
<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}{{#HAS_COUNT}} <span class="muted">{{COUNT}}</span>{{/HAS_COUNT}}</a></li>{{/OPTIONS}}
</ul></nav>{{/FACETS}}
{{#FILTERED}}<p class="muted" role="status">找到 {{TOTAL}} 项。<a href="/lists/{{KIND}}">查看全部</a></p>{{/FILTERED}}
{{#EMPTY}}<div class="card empty-state"><p>本清单暂无已公开的条目。</p></div>{{/EMPTY}}
{{#NO_MATCH}}<div class="card empty-state"><p>没有符合条件的条目，请换一个词或<a href="/lists/{{KIND}}">查看全部</a>。</p></div>{{/NO_MATCH}}
<div class="table-wrap" tabindex="0" role="region" aria-label="{{KIND_LABEL}}">
<table class="table list-table">
<thead><tr><th scope="col">序号</th>{{#HEADERS}}<th scope="col">{{LABEL}}</th>{{/HEADERS}}</tr></thead>
<tbody>{{#ENTRIES}}
<tr><td class="num">{{NUM}}</td><td><a href="/lists/{{KIND}}/{{ID}}">{{TITLE}}</a></td>{{#CELLS}}<td>{{VALUE}}</td>{{/CELLS}}</tr>{{/ENTRIES}}
</tbody>
</table>
</div>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 项，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
<p class="muted">订阅：<a href="/lists/feed.xml">Atom</a> · 数据接口：<a href="/api/v1/lists/{{KIND}}">/api/v1/lists/{{KIND}}</a></p>
