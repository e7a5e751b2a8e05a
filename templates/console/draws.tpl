{{%AUTOESCAPE context="HTML"}}
{{! 双随机 draws of the user's agencies. Q; DRAWS (ID TITLE STATE STATE_CODE DATE N M); NO_DRAWS; PAGINATION. }}
<header class="page-header"><h1>双随机抽查</h1>
<p><a class="btn btn-primary" href="/console/draws/new">新建抽查</a> <a class="btn btn-secondary" href="/console/draws/lists">抽查名录</a></p></header>
<p class="field-hint">抽查方案（名录、抽取数量、回避和随机种子的来源）在种子产生之前公布，种子锁定后才能抽取；方案、种子和结果全部公开，任何人可以按公开的算法重算核验。</p>
<form class="filters" method="get" action="/console/draws" role="search" aria-label="查找抽查">
<div class="field"><label for="draws-q">名称或被抽中企业</label><input id="draws-q" name="q" type="search" value="{{Q}}" maxlength="200"></div>
<button type="submit" class="btn btn-secondary">查找</button>
</form>
{{#NO_DRAWS}}<div class="card empty-state"><p>还没有抽查。先在“抽查名录”导入检查对象名录和执法检查人员名录，再新建抽查。</p></div>{{/NO_DRAWS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="抽查列表">
<table class="table">
<thead><tr><th scope="col">抽查任务</th><th scope="col">状态</th><th scope="col" class="num">抽取对象</th><th scope="col" class="num">每对象检查人员</th><th scope="col">日期</th></tr></thead>
<tbody>{{#DRAWS}}
<tr id="draw-{{ID}}"><td><a href="/console/draws/{{ID}}">{{TITLE}}</a></td><td><span class="badge draw-{{STATE_CODE}}">{{STATE}}</span></td><td class="num">{{N}}</td><td class="num">{{M}}</td><td>{{DATE}}</td></tr>{{/DRAWS}}
</tbody>
</table>
</div>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 条，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
