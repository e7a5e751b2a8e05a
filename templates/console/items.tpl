{{%AUTOESCAPE context="HTML"}}
{{! Item lists. VIEW_MINE / VIEW_REVIEW / VIEW_PUBLISHED; VIEW Q YEAR TOPIC_OPTIONS CATEGORY_OPTIONS (filters); PAGINATION; CAN_CREATE; ITEMS (ID TITLE STATE STATE_CODE INDEX_NO UPDATED STAGE); NO_ITEMS. }}
<header class="page-header"><h1>信息发布</h1>{{#CAN_CREATE}}<div><a class="btn btn-primary" href="/console/items/new">新建信息</a></div>{{/CAN_CREATE}}</header>
<nav class="tabs" aria-label="信息列表">
<ul>
<li><a href="/console/items?view=mine"{{#VIEW_MINE}} aria-current="page"{{/VIEW_MINE}}>我的草稿和送审</a></li>
<li><a href="/console/items?view=review"{{#VIEW_REVIEW}} aria-current="page"{{/VIEW_REVIEW}}>待我审核</a></li>
<li><a href="/console/items?view=published"{{#VIEW_PUBLISHED}} aria-current="page"{{/VIEW_PUBLISHED}}>已发布</a></li>
</ul>
</nav>
<form class="filters" method="get" action="/console/items" role="search" aria-label="筛选信息">
<input type="hidden" name="view" value="{{VIEW}}">
<div class="field"><label for="fl-q">标题</label><input id="fl-q" name="q" type="search" value="{{Q}}"></div>
<div class="field"><label for="fl-year">年份</label><input id="fl-year" name="year" type="number" min="2000" max="9998" value="{{YEAR}}"></div>
<div class="field"><label for="fl-topic">主题分类</label><select id="fl-topic" name="topic"><option value="">全部</option>{{#TOPIC_OPTIONS}}<option{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/TOPIC_OPTIONS}}</select></div>
<div class="field"><label for="fl-category">组配分类</label><select id="fl-category" name="category"><option value="">全部</option>{{#CATEGORY_OPTIONS}}<option{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/CATEGORY_OPTIONS}}</select></div>
<button type="submit" class="btn btn-secondary">筛选</button>
</form>
{{#VIEW_PUBLISHED}}
<form class="filters" method="get" action="/console/export" aria-label="导出信息目录">
<div class="field"><label for="ex-q">导出检索结果（留空则导出全部已发布信息）</label><input id="ex-q" name="q" type="search"></div>
<div class="field"><label for="ex-format">格式</label><select id="ex-format" name="format"><option value="xlsx">Excel（XLSX）</option><option value="csv">CSV</option></select></div>
<button type="submit" class="btn btn-secondary">导出</button>
</form>
{{/VIEW_PUBLISHED}}
{{#NO_ITEMS}}<p class="empty-state">暂无信息。</p>{{/NO_ITEMS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="信息列表">
<table class="table">
<thead><tr><th scope="col">标题</th><th scope="col">状态</th><th scope="col">索引号</th><th scope="col">更新时间</th></tr></thead>
<tbody>{{#ITEMS}}
<tr><td><a href="/console/items/{{ID}}">{{TITLE}}</a></td><td><span class="badge state-{{STATE_CODE}}">{{STATE}}</span><span class="muted">{{STAGE}}</span></td><td class="code">{{INDEX_NO}}</td><td>{{UPDATED}}</td></tr>{{/ITEMS}}
</tbody>
</table>
</div>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 条，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
